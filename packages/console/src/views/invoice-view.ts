import type { ConsoleContext } from '../console-context';
import { href, money } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { nextActionFor, planCustomer } from '../next-action';
import { pausedBy } from '../reminder-pause';
import { actionForm } from './action-form';
import { chatBubbles } from './chat-bubbles';
import { bucketOf, isOverdue } from './invoice-row-facts';
import { invoiceTimeline } from './invoice-timeline';
import { nextActionCell } from './next-action-cell';
import { notFound } from './not-found';

/** One invoice: facts, actions, the timeline beside the chat transcript. */
export async function invoiceView(context: ConsoleContext, invoiceId: string): Promise<Response> {
  const invoice = await context.store.getInvoice(invoiceId);
  if (!invoice) return notFound(context, `No invoice with id ${invoiceId}.`);
  const customer = await context.store.getCustomer(invoice.customerId);
  if (!customer) return notFound(context, `The customer of invoice ${invoice.number} is missing.`);
  const open = await context.store.listInvoices({ customerId: customer.id, statuses: ['open', 'partially_paid'] });
  const planned = await planCustomer(context, customer, open);
  const action = nextActionFor(context, customer, invoice, planned);
  const all = await context.store.listMessages({ customerId: customer.id });
  // Replies carry no invoice id: the customer's inbound messages all belong to the conversation shown.
  const messages = all.filter(
    (message) =>
      message.direction === 'inbound' ||
      message.invoiceId === invoice.id ||
      (message.relatedInvoiceIds ?? []).includes(invoice.id),
  );
  const outbox = planned.outbox.filter((entry) => entry.invoiceId === invoice.id);
  const [links, audit] = await Promise.all([
    context.store.listPaymentLinks(invoice.id),
    context.store.listAudit({ invoiceId: invoice.id }),
  ]);
  const collectable = invoice.status === 'open' || invoice.status === 'partially_paid';
  const paused = pausedBy(invoice);
  const hidden = { invoiceId: invoice.id };

  const body = html`
<dl class="facts">
<dt>Customer</dt><dd><a href="${href(context.base, `/customers/${encodeURIComponent(customer.id)}`)}">${customer.name}</a></dd>
<dt>Status</dt><dd><span class="badge ${invoice.status}">${invoice.status}</span>${isOverdue(context, invoice) ? html` <span class="badge overdue">overdue</span>` : ''}</dd>
<dt>Total</dt><dd>${money(invoice.totals.total)}</dd>
<dt>Balance</dt><dd>${money(invoice.balance)}</dd>
<dt>Issued</dt><dd>${invoice.issueDate}</dd>
<dt>Due</dt><dd>${invoice.dueDate} (${invoice.businessTimeZone})</dd>
<dt>Aging</dt><dd>${bucketOf(context, invoice)}</dd>
<dt>Next action</dt><dd>${nextActionCell(action, customer.timeZone)}</dd>
${invoice.promiseToPay ? html`<dt>Promise to pay</dt><dd>by ${invoice.promiseToPay.date} (${invoice.promiseToPay.source})</dd>` : ''}
${paused !== undefined ? html`<dt>Reminders</dt><dd class="hold">paused by ${paused}</dd>` : ''}
</dl>
${
  collectable && context.viewer.canAct !== false
    ? html`<h2>Actions</h2><div class="actions">
${actionForm(
  context,
  'record-payment',
  hidden,
  'Record payment',
  html`<label>Amount (${invoice.currency})<input name="amount" inputmode="decimal" required></label>
<label>Method<select name="method"><option value="bank-transfer">bank transfer</option><option value="cash">cash</option><option value="pix">Pix</option><option value="spei">SPEI</option><option value="other">other</option></select></label>
<label>Reference<input name="reference" required></label>`,
)}
${paused !== undefined ? actionForm(context, 'resume', hidden, 'Resume reminders') : actionForm(context, 'pause', hidden, 'Pause reminders')}
</div>`
    : ''
}
<div class="split">
<section aria-labelledby="timeline-title"><h2 id="timeline-title">Timeline</h2>
${invoiceTimeline({
  invoice,
  customer,
  policy: planned.policy,
  planned: planned.plan.reminders.filter((reminder) => reminder.invoiceId === invoice.id),
  outbox,
  messages,
  links,
  audit,
})}</section>
<section aria-labelledby="chat-title"><h2 id="chat-title">Chat</h2>${chatBubbles(customer, messages, planned.outbox)}</section>
</div>`;
  return page(context, `Invoice ${invoice.number}`, body);
}
