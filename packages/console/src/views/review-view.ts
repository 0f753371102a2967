import { givenUpCode } from '../actions';
import type { ConsoleContext } from '../console-context';
import { payloadOf } from '../contact-history';
import { formatInstant, href } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { actionForm } from './action-form';

/**
 * The review queue: sends that need a person. `ambiguous` ones may have reached the customer (never re-sent on their
 * own); `failed` ones were refused. Each can be marked sent, retried or given up.
 */
export async function reviewView(context: ConsoleContext): Promise<Response> {
  // A send someone gave up on is decided: it stays failed, out of the queue.
  const entries = (await context.store.listOutbox({ states: ['ambiguous', 'failed'] })).filter(
    (entry) => entry.lastError?.code !== givenUpCode,
  );
  const customers = new Map(
    await Promise.all(
      [...new Set(entries.map((entry) => entry.customerId))].map(
        async (id) => [id, await context.store.getCustomer(id)] as const,
      ),
    ),
  );
  const body = html`
<p>Sends that need a decision: <strong>ambiguous</strong> ones may or may not have reached the customer, so cobro never sends them again on its own; <strong>failed</strong> ones were refused. Mark one sent if you know it arrived, retry it, or give it up (it stays failed and leaves this queue).</p>
${
  entries.length === 0
    ? html`<p class="notice">Nothing to review.</p>`
    : html`<table><caption class="muted">${entries.length} send${entries.length === 1 ? '' : 's'} to review</caption>
<thead><tr><th scope="col">Send</th><th scope="col">Customer</th><th scope="col">State</th><th scope="col">Last error</th><th scope="col">Attempts</th><th scope="col">Since</th><th scope="col">Actions</th></tr></thead>
<tbody>${entries.map((entry) => {
        const customer = customers.get(entry.customerId);
        const zone = customer?.timeZone ?? context.timeZone;
        const hidden = { key: entry.key };
        return html`<tr>
<td><a href="${href(context.base, `/invoices/${encodeURIComponent(entry.invoiceId)}`)}">${entry.invoiceId}</a> · ${entry.stage}<br><span class="muted">${payloadOf(entry).messageKey ?? ''}</span></td>
<td>${customer ? html`<a href="${href(context.base, `/customers/${encodeURIComponent(customer.id)}`)}">${customer.name}</a>` : entry.customerId}</td>
<td><span class="badge ${entry.state}">${entry.state}</span></td>
<td>${entry.lastError ? `${entry.lastError.code}: ${entry.lastError.message}` : ''}</td>
<td>${entry.attempts}</td>
<td>${formatInstant(entry.updatedAt, zone)}</td>
<td><div class="actions">
${actionForm(context, 'mark-sent', hidden, 'Mark sent', html`<label>Message id (if known)<input name="channelMessageId"></label>`)}
${actionForm(context, 'retry', hidden, 'Retry')}
${actionForm(context, 'give-up', hidden, 'Give up')}
</div></td>
</tr>`;
      })}</tbody></table>`
}`;
  return page(context, 'Review queue', body);
}
