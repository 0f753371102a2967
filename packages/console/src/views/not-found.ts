import type { ConsoleContext } from '../console-context';
import { html } from '../html';
import { page } from '../layout';

/** A 404 page inside the console's frame. */
export function notFound(context: ConsoleContext, message: string): Response {
  return page(context, 'Not found', html`<p class="error">${message}</p>`, 404);
}
