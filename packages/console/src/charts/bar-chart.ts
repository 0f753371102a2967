import { html, type SafeHtml } from '../html';

/** One bar: its label, its value (any unit, e.g. minor units) and the text printed on it. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly display: string;
}

/** A vertical bar chart as inline SVG, drawn on the server: no script, readable by screen readers via its title. */
export function barChart(title: string, bars: readonly Bar[], id: string): SafeHtml {
  const width = 440;
  const height = 220;
  const top = 24;
  const bottom = 36;
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(56, slot * 0.6);
  const summary = bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ');
  return html`<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-t ${id}-d">
<title id="${id}-t">${title}</title><desc id="${id}-d">${summary}</desc>
<line x1="0" y1="${top + plot}" x2="${width}" y2="${top + plot}" stroke="#7a828c"/>
${bars.map((bar, index) => {
  const h = Math.round((bar.value / max) * plot);
  const x = Math.round(index * slot + (slot - barWidth) / 2);
  const y = top + plot - h;
  return html`<rect x="${x}" y="${y}" width="${Math.round(barWidth)}" height="${h}" fill="${index === 0 ? '#2e7d5b' : '#b3541e'}"/>
<text x="${Math.round(index * slot + slot / 2)}" y="${y - 6}" text-anchor="middle">${bar.display}</text>
<text x="${Math.round(index * slot + slot / 2)}" y="${height - 14}" text-anchor="middle">${bar.label}</text>`;
})}
</svg>`;
}
