import type { Customer, Invoice, InvoiceStatus } from '@cobro/core';
import type { ConsoleContext } from '../console-context';
import { href, money } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { nextActionFor, planCustomer } from '../next-action';
import { bucketOf, isOverdue } from './invoice-row-facts';
import { nextActionCell } from './next-action-cell';

const statuses: readonly InvoiceStatus[] = ['draft', 'open', 'partially_paid', 'paid', 'void', 'refunded'];

/** The invoices list: filterable by status, customer, currency and overdue, each with its next planned action. */
export async function invoicesView(context: ConsoleContext): Promise<Response> {
  const query = context.url.searchParams;
  const status = statuses.find((each) => each === query.get('status'));
  const customerId = query.get('customer') || undefined;
  const currency = query.get('currency')?.toUpperCase() || undefined;
  const overdueOnly = query.get('overdue') === '1';

  const customers = await context.store.listCustomers();
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const all = await context.store.listInvoices({
    ...(status ? { statuses: [status] } : {}),
    ...(customerId ? { customerId } : {}),
  });
  const currencies = [...new Set(all.map((invoice) => invoice.currency))].sort();
  const invoices = all.filter(
    (invoice) =>
      (currency === undefined || invoice.currency === currency) && (!overdueOnly || isOverdue(context, invoice)),
  );

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
<label>Currency<select name="currency"><option value="">any</option>${currencies.map(
    (each) => html`<option value="${each}"${each === currency ? html` selected` : ''}>${each}</option>`,
  )}</select></label>
<label class="inline"><input type="checkbox" name="overdue" value="1"${overdueOnly ? html` checked` : ''}> Overdue only</label>
<button type="submit">Filter</button>
</form>
<p class="muted">${rows.length} invoice${rows.length === 1 ? '' : 's'} · as of ${context.now.toISOString()}</p>
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
</table>`;
  return page(context, 'Invoices', body);
}
