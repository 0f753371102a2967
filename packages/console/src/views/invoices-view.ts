import type { Customer, Invoice, InvoiceStatus } from '@cobro/core';
import type { ConsoleContext } from '../console-context';
import { href, money } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { nextActionFor, planCustomer } from '../next-action';
import { bucketOf, isOverdue } from './invoice-row-facts';
import { nextActionCell } from './next-action-cell';

/** Invoices per screen. */
const pageSize = 50;

const statuses: readonly InvoiceStatus[] = ['draft', 'open', 'partially_paid', 'paid', 'void', 'refunded'];

/** The invoices list: filterable by status, customer, currency and overdue, each with its next planned action. */
export async function invoicesView(context: ConsoleContext): Promise<Response> {
  const query = context.url.searchParams;
  const status = statuses.find((each) => each === query.get('status'));
  const customerId = query.get('customer') || undefined;
  const currency = query.get('currency')?.toUpperCase() || undefined;
  const overdueOnly = query.get('overdue') === '1';

  const after = query.get('after') || undefined;

  const customers = await context.store.listCustomers();
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  // Keyset pages from the store, so a store with a million invoices is never read whole; currency and overdue are
  // derived or not indexed, so pages are read until one screen's worth matches.
  const invoices: Invoice[] = [];
  let cursor = after;
  let more = true;
  while (more && invoices.length < pageSize) {
    const batch = await context.store.listInvoices({
      ...(status ? { statuses: [status] } : {}),
      ...(customerId ? { customerId } : {}),
      limit: pageSize,
      ...(cursor ? { afterId: cursor } : {}),
    });
    more = batch.length === pageSize;
    for (const invoice of batch) {
      cursor = invoice.id;
      if ((currency === undefined || invoice.currency === currency) && (!overdueOnly || isOverdue(context, invoice)))
        invoices.push(invoice);
      if (invoices.length === pageSize) {
        more = more || invoice !== batch.at(-1);
        break;
      }
    }
  }

  const rows = [];
  const groups = new Map<string, Invoice[]>();
  for (const invoice of invoices) groups.set(invoice.customerId, [...(groups.get(invoice.customerId) ?? []), invoice]);
  for (const [id, list] of groups) {
    const customer: Customer | undefined = byId.get(id);
    if (!customer) continue;
    const open = await context.store.listInvoices({ customerId: id, statuses: ['open', 'partially_paid'] });
    const planned = await planCustomer(context, customer, open);
    for (const invoice of list)
      rows.push({ invoice, customer, action: nextActionFor(context, customer, invoice, planned) });
  }
  rows.sort((a, b) => (a.invoice.dueDate < b.invoice.dueDate ? -1 : a.invoice.dueDate > b.invoice.dueDate ? 1 : 0));

  const body = html`
<form class="filters" method="get" action="${context.base}/" aria-label="Filter invoices">
<label>Status<select name="status"><option value="">any</option>${statuses.map(
    (each) => html`<option value="${each}"${each === status ? html` selected` : ''}>${each}</option>`,
  )}</select></label>
<label>Customer<select name="customer"><option value="">any</option>${customers.map(
    (each) => html`<option value="${each.id}"${each.id === customerId ? html` selected` : ''}>${each.name}</option>`,
  )}</select></label>
<label>Currency<input name="currency" size="5" maxlength="3" placeholder="any" value="${currency ?? ''}"></label>
<label class="inline"><input type="checkbox" name="overdue" value="1"${overdueOnly ? html` checked` : ''}> Overdue only</label>
<button type="submit">Filter</button>
</form>
<p class="muted">${rows.length} invoice${rows.length === 1 ? '' : 's'}${after ? ' (continued)' : ''} · as of ${context.now.toISOString()}</p>
<table>
<caption class="muted">Invoices with their next planned action</caption>
<thead><tr><th scope="col">Invoice</th><th scope="col">Customer</th><th scope="col">Status</th><th scope="col" class="num">Balance</th><th scope="col">Due</th><th scope="col">Aging</th><th scope="col">Next action</th></tr></thead>
<tbody>${rows.map(
    ({ invoice, customer, action }) => html`<tr>
<td><a href="${href(context.base, `/invoices/${encodeURIComponent(invoice.id)}`)}">${invoice.number}</a></td>
<td><a href="${href(context.base, `/customers/${encodeURIComponent(customer.id)}`)}">${customer.name}</a></td>
<td><span class="badge ${invoice.status}">${invoice.status}</span>${isOverdue(context, invoice) ? html` <span class="badge overdue">overdue</span>` : ''}</td>
<td class="num">${money(invoice.balance)}</td>
<td>${invoice.dueDate}</td>
<td>${bucketOf(context, invoice)}</td>
<td>${nextActionCell(action, customer.timeZone)}</td>
</tr>`,
  )}</tbody>
</table>
${
  more && cursor
    ? html`<p><a href="${href(context.base, '/', {
        status,
        customer: customerId,
        currency,
        overdue: overdueOnly ? '1' : undefined,
        after: cursor,
      })}">Next ${pageSize} invoices</a></p>`
    : ''
}`;
  return page(context, 'Invoices', body);
}
