import type { ConsoleContext } from '../console-context';
import { formatInstant, href, money } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { displayPhone } from '../mask-phone';
import { notFound } from './not-found';

/** One customer: contact details (phone masked unless allowed), consent evidence, opt-out, promises, invoices. */
export async function customerView(context: ConsoleContext, customerId: string): Promise<Response> {
  const customer = await context.store.getCustomer(customerId);
  if (!customer) return notFound(context, `No customer with id ${customerId}.`);
  const invoices = await context.store.listInvoices({ customerId });
  const audit = await context.store.listAudit({ customerId });
  const zone = customer.timeZone;
  const promises = invoices.filter((invoice) => invoice.promiseToPay !== undefined);
  const body = html`
<dl class="facts">
<dt>Phone</dt><dd>${displayPhone(customer.phone, context.viewer.canSeePhoneNumbers === true)}</dd>
<dt>Locale</dt><dd>${customer.locale}</dd>
<dt>Time zone</dt><dd>${customer.timeZone}</dd>
<dt>Country</dt><dd>${customer.country}${customer.subdivision ? `-${customer.subdivision}` : ''} (${customer.kind ?? 'consumer'})</dd>
</dl>
<h2>Consent</h2>
${
  customer.optIn
    ? html`<dl class="facts"><dt>Opted in</dt><dd>${formatInstant(customer.optIn.at, zone)}</dd><dt>Source</dt><dd>${customer.optIn.source}</dd><dt>Evidence</dt><dd>${customer.optIn.evidence}</dd></dl>`
    : html`<p class="notice">No opt-in on record: business-initiated messages are refused.</p>`
}
${
  customer.optOut
    ? html`<p class="notice">Opted out on ${formatInstant(customer.optOut.at, zone)} (${customer.optOut.source}${customer.optOut.evidence ? `: “${customer.optOut.evidence}”` : ''}). Reminders have stopped.</p>`
    : html`<p>Not opted out.</p>`
}
<h2>Promises to pay</h2>
${
  promises.length === 0
    ? html`<p class="muted">None.</p>`
    : html`<ul>${promises.map(
        (invoice) =>
          html`<li>${invoice.number}: by ${invoice.promiseToPay?.date}, made ${formatInstant(invoice.promiseToPay?.recordedAt ?? '', zone)} via ${invoice.promiseToPay?.source}</li>`,
      )}</ul>`
}
<h2>Invoices</h2>
<table><thead><tr><th scope="col">Invoice</th><th scope="col">Status</th><th scope="col" class="num">Total</th><th scope="col" class="num">Balance</th><th scope="col">Due</th></tr></thead>
<tbody>${invoices.map(
    (invoice) =>
      html`<tr><td><a href="${href(context.base, `/invoices/${encodeURIComponent(invoice.id)}`)}">${invoice.number}</a></td><td><span class="badge ${invoice.status}">${invoice.status}</span></td><td class="num">${money(invoice.totals.total)}</td><td class="num">${money(invoice.balance)}</td><td>${invoice.dueDate}</td></tr>`,
  )}</tbody></table>
<h2>Audit log</h2>
<ol class="timeline">${audit.map(
    (entry) =>
      html`<li><time datetime="${entry.at}">${formatInstant(entry.at, zone)}</time><strong>${entry.action}</strong> by ${entry.actor}${entry.invoiceId ? ` · ${entry.invoiceId}` : ''}</li>`,
  )}</ol>`;
  return page(context, `Customer ${customer.name}`, body);
}
