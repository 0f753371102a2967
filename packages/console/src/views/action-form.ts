import type { ConsoleContext } from '../console-context';
import { html, type SafeHtml } from '../html';

/** A POST form to one of the console's actions, carrying the viewer's signed token. Hidden when the viewer is read only. */
export function actionForm(
  context: ConsoleContext,
  action: string,
  hidden: Readonly<Record<string, string>>,
  label: string,
  inputs: SafeHtml | string = '',
  className = '',
): SafeHtml {
  if (context.viewer.canAct === false) return html``;
  return html`<form method="post" action="${context.base}/actions/${action}"${className ? html` class="${className}"` : ''}>
<input type="hidden" name="_csrf" value="${context.csrfToken}">
<input type="hidden" name="return" value="${context.url.pathname}${context.url.search}">
${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${inputs}<button type="submit">${label}</button>
</form>`;
}
