import type {
  BillingStoreV1AuditEntry,
  BillingStoreV1MessageRecord,
  BillingStoreV1OutboxEntry,
  BillingStoreV1PaymentLinkRecord,
  Customer,
  Invoice,
  PlannedReminder,
  ResolvedReminderPolicy,
} from '@cobro/core';
import { formatInstant, money } from '../format';
import { html, type SafeHtml } from '../html';

interface TimelineEvent {
  readonly at: string;
  readonly planned?: boolean;
  readonly text: SafeHtml | string;
}

/** Everything that happened to an invoice, and what is planned, in time order. */
export function invoiceTimeline(input: {
  readonly invoice: Invoice;
  readonly customer: Customer;
  readonly policy: ResolvedReminderPolicy;
  readonly planned: readonly PlannedReminder[];
  readonly outbox: readonly BillingStoreV1OutboxEntry[];
  readonly messages: readonly BillingStoreV1MessageRecord[];
  readonly links: readonly BillingStoreV1PaymentLinkRecord[];
  readonly audit: readonly BillingStoreV1AuditEntry[];
}): SafeHtml {
  const { invoice, customer, policy } = input;
  const events: TimelineEvent[] = [];
  for (const reminder of input.planned)
    events.push({
      at: reminder.sendAt,
      planned: true,
      text: `Planned: ${reminder.messageKey} (stage ${reminder.stageId}) at ${reminder.localSendTime.replace('T', ' ')} customer time, inside the window ${policy.window.start}–${policy.window.end}${reminder.rolledForward ? ', rolled forward from its natural slot' : ''}`,
    });
  for (const entry of input.outbox) {
    events.push({ at: entry.createdAt, text: `Queued: ${entry.stage}` });
    if (entry.state === 'ambiguous' || entry.state === 'failed')
      events.push({
        at: entry.updatedAt,
        text: html`Send <span class="badge ${entry.state}">${entry.state}</span>: ${entry.stage}${entry.lastError ? ` — ${entry.lastError.code}: ${entry.lastError.message}` : ''}`,
      });
  }
  for (const message of input.messages) {
    if (message.direction === 'inbound') {
      events.push({ at: message.createdAt, text: `Reply from the customer: “${message.text ?? message.kind}”` });
      continue;
    }
    events.push({
      at: message.createdAt,
      text: `Sent: ${message.messageKey ?? message.kind}${message.stage ? ` (${message.stage})` : ''}`,
    });
    if (message.status !== 'sent' && message.status !== 'queued')
      events.push({
        at: message.statusAt,
        text: html`Delivery status <span class="badge ${message.status}">${message.status}</span> for ${message.messageKey ?? message.kind}`,
      });
  }
  for (const link of input.links)
    events.push({
      at: link.createdAt,
      text: `Payment link created (${link.provider}, ${money(link.amount)}), now ${link.state}`,
    });
  for (const payment of invoice.payments)
    events.push({
      at: payment.receivedAt,
      text: `Payment ${money(payment.amount)} via ${payment.provider}${payment.method ? ` (${payment.method})` : ''}`,
    });
  for (const refund of invoice.refunds)
    events.push({ at: refund.refundedAt, text: `Refund ${money(refund.amount)} via ${refund.provider}` });
  for (const entry of input.audit)
    events.push({
      at: entry.at,
      text: html`Audit: <strong>${entry.action}</strong> by ${entry.actor}${entry.details && Object.keys(entry.details).length > 0 ? html` <span class="muted">${JSON.stringify(entry.details)}</span>` : ''}`,
    });
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return html`<ol class="timeline">${events.map(
    (event) =>
      html`<li${event.planned ? html` class="planned"` : ''}><time datetime="${event.at}">${formatInstant(event.at, customer.timeZone)}</time>${event.text}</li>`,
  )}</ol>`;
}
