import { formatInstant } from '../format';
import { html, type SafeHtml } from '../html';
import type { NextAction } from '../next-action';

/** The next action in words, with the hold (reason, rule's preset, until when) when there is one. */
export function nextActionCell(action: NextAction, timeZone: string): SafeHtml {
  const what =
    action.what !== undefined && action.at !== undefined
      ? html`<span>${action.what}</span> <span class="muted">at ${formatInstant(action.at, timeZone)}</span>`
      : html`<span class="muted">nothing planned</span>`;
  if (!action.hold) return what;
  const { reason, rule, until } = action.hold;
  const untilText =
    until === undefined ? '' : until.length === 10 ? ` until ${until}` : ` until ${formatInstant(until, timeZone)}`;
  const source = rule === 'policy' ? 'your reminder policy' : rule.startsWith('console') ? rule : `preset ${rule}`;
  return html`${what}<br><span class="hold">Held: ${reason} (rule of ${source})${untilText}</span>`;
}
