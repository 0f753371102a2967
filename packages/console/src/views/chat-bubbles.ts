import type { BillingStoreV1MessageRecord, BillingStoreV1OutboxEntry, Customer } from '@cobro/core';
import { payloadOf } from '../contact-history';
import { formatInstant } from '../format';
import { html, type SafeHtml } from '../html';

const ticks: Record<string, string> = { queued: '🕓', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠' };

/**
 * The conversation as WhatsApp shows it: the business's messages on the right, the customer's on the left, each
 * marked template or free-form, with its buttons and delivery status, in the customer's language.
 */
export function chatBubbles(
  customer: Customer,
  messages: readonly BillingStoreV1MessageRecord[],
  outbox: readonly BillingStoreV1OutboxEntry[],
): SafeHtml {
  const byKey = new Map(outbox.map((entry) => [entry.key, entry]));
  if (messages.length === 0) return html`<p class="muted">No messages yet.</p>`;
  return html`<div class="chat" lang="${customer.locale}" aria-label="Chat with ${customer.name}" role="log">${messages.map(
    (message) => {
      const time = formatInstant(message.createdAt, customer.timeZone);
      if (message.direction === 'inbound')
        return html`<div class="bubble in"><span class="kind" lang="en">${customer.name} · ${message.kind === 'inbound-button-reply' ? 'tapped a button' : 'wrote'}</span>${message.text ?? `(${message.kind})`}<span class="meta" lang="en">${time}</span></div>`;
      const entry = message.outboxKey ? byKey.get(message.outboxKey) : undefined;
      const payload = entry ? payloadOf(entry) : {};
      const template = typeof message.details?.template === 'string' ? message.details.template : undefined;
      const kind = template !== undefined ? `Template ${template}` : `Free-form (${message.kind})`;
      const content = payload.content;
      const buttons = [
        ...(content?.buttonLabel ? [content.buttonLabel] : []),
        ...(content?.buttons ?? []).map((button) => button.label),
      ];
      return html`<div class="bubble out"><span class="kind" lang="en">${kind}${message.messageKey ? ` · ${message.messageKey}` : ''}</span>${message.text ?? ''}${
        buttons.length > 0
          ? html`<span class="buttons">${buttons.map((label) => html`<span>${label}</span>`)}</span>`
          : ''
      }<span class="meta" lang="en">${time} · <span aria-hidden="true">${ticks[message.status] ?? ''}</span> ${message.status}${message.error ? ` (${message.error.code})` : ''}</span></div>`;
    },
  )}</div>`;
}
