import type { ConsoleContext } from './console-context';
import { html, type SafeHtml } from './html';
import { displayName } from './viewer-name';

const sections = [
  ['/', 'Invoices'],
  ['/review', 'Review queue'],
  ['/reports', 'Reports'],
  ['/preview', 'Message preview'],
] as const;

/** Security headers for every console page: no scripts at all, nothing framed, forms only to the console itself. */
export const pageHeaders: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** A full console page: header with navigation, then the view. */
export function page(context: ConsoleContext, title: string, body: SafeHtml, status = 200): Response {
  const current = context.url.pathname.slice(context.base.length) || '/';
  const markup = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · cobro console</title>
<link rel="stylesheet" href="${context.base}/console.css">
</head>
<body>
<header class="top">
<a class="brand" href="${context.base}/">cobro console</a>
<nav aria-label="Sections"><ul>${sections.map(
    ([path, label]) =>
      html`<li><a href="${context.base}${path}"${current === path ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
<p class="viewer">Signed in as ${displayName(context.viewer)}${context.viewer.canAct === false ? ' (read only)' : ''}</p>
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
  return new Response(markup.value, { status, headers: pageHeaders });
}
