/** The console's one stylesheet, served from `<base>/console.css` so the page policy can forbid inline styles. */
export const consoleCss = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
a{color:#0b57d0}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:1rem 2rem;padding:.75rem 1.5rem;background:#0f3d2e;color:#fff}
.top a{color:#fff}
.brand{font-weight:700;text-decoration:none}
.top ul{display:flex;gap:1.25rem;list-style:none;margin:0;padding:0}
.top a[aria-current=page]{text-decoration-thickness:3px}
.viewer{margin:0 0 0 auto;font-size:.9rem}
main{padding:1rem 1.5rem 3rem;max-width:1400px}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d8dce1;vertical-align:top}
th{background:#eef0f3;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
form.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin-bottom:1rem}
label{display:flex;flex-direction:column;font-size:.85rem;gap:.2rem}
label.inline{flex-direction:row;align-items:center;gap:.4rem}
input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid #7a828c;border-radius:4px;background:#fff;color:#1b1f24}
button{background:#0f3d2e;color:#fff;border-color:#0f3d2e;cursor:pointer}
button.secondary{background:#fff;color:#0f3d2e}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}
.actions form{display:inline-flex;gap:.4rem;align-items:end}
.badge{display:inline-block;padding:0 .45rem;border-radius:9px;font-size:.8rem;background:#e3e6ea;color:#1b1f24}
.badge.overdue,.badge.failed,.badge.ambiguous{background:#fde2e1;color:#8a1c14}
.badge.paid,.badge.sent,.badge.delivered,.badge.read{background:#dcf3e3;color:#14532d}
.hold{color:#7a3e00}
.muted{color:#4d5560}
.split{display:grid;grid-template-columns:minmax(0,1fr) minmax(320px,440px);gap:1.5rem}
@media (max-width:900px){.split{grid-template-columns:1fr}}
ol.timeline{list-style:none;margin:0;padding:0;border-left:3px solid #c5cbd3}
ol.timeline li{margin:0 0 .6rem;padding:.1rem 0 .1rem .9rem;position:relative;overflow-wrap:anywhere}
ol.timeline time{display:block;font-size:.8rem;color:#4d5560}
ol.timeline .planned{color:#4d5560;font-style:italic}
.chat{background:#efeae2;border-radius:8px;padding:1rem;display:flex;flex-direction:column;gap:.6rem}
.bubble{max-width:85%;padding:.45rem .65rem .3rem;border-radius:8px;box-shadow:0 1px 1px rgba(0,0,0,.12);white-space:pre-wrap;word-wrap:break-word}
.bubble.out{align-self:flex-end;background:#d9fdd3}
.bubble.in{align-self:flex-start;background:#fff}
.bubble .kind{display:block;font-size:.75rem;color:#3b4a54;margin-bottom:.2rem;white-space:normal}
.bubble .meta{display:block;text-align:right;font-size:.75rem;color:#3b4a54;white-space:normal}
.bubble .buttons{display:flex;flex-direction:column;gap:1px;margin:.4rem -.65rem -.3rem;border-top:1px solid #c9d3cb;white-space:normal}
.bubble .buttons span{display:block;text-align:center;padding:.3rem;color:#005c4b;font-weight:600}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1.5rem}
figure{margin:0;background:#fff;padding:.75rem;border:1px solid #d8dce1;border-radius:6px}
figcaption{font-weight:600;margin-bottom:.5rem}
svg text{font:12px system-ui,sans-serif;fill:#1b1f24}
pre{background:#fff;border:1px solid #d8dce1;padding:.75rem;overflow:auto;font-size:.8rem}
.notice{padding:.6rem .8rem;border-radius:6px;background:#fff4d6;border:1px solid #d9a400}
.error{padding:.6rem .8rem;border-radius:6px;background:#fde2e1;border:1px solid #b42318}
`;
