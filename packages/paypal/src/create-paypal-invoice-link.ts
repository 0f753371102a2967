import { ApiCallError, type PaymentProviderV1CreateLinkOptions } from '@cobro/core';
import { createPayPalInvoiceBody } from './create-paypal-invoice-body';
import type { PayPalClient } from './paypal-client';
import { payPalProviderId } from './paypal-error';
import { arrayAt, isPayPalJson, moneyAt, objectAt, type PayPalJson, requireResource, stringAt } from './paypal-json';
import { fromPayPalMoney } from './paypal-money';

/** An invoice that has been shared, and the payer-view URL to send. */
export interface PayPalInvoiceLink {
  /** The invoice (after `send`, as far as PayPal returned it). */
  readonly invoice: PayPalJson & { readonly id: string };
  /** The payer-view URL (`detail.metadata.recipient_view_url`). */
  readonly url: string;
}

type Invoice = PayPalJson & { readonly id: string };

/**
 * Creates the invoice link: `POST /v2/invoicing/invoices` (a DRAFT), then `POST …/{id}/send` with
 * `send_to_recipient: false` and `send_to_invoicer: false` (PayPal e-mails nobody; the link goes over chat), then the
 * payer-view URL. Invoicing declares no `PayPal-Request-Id`, so a lost answer or a repeat from another process is
 * recovered through the invoice number (unique per account and derived from the idempotency key): a
 * `DUPLICATE_INVOICE_NUMBER` refusal or a dropped connection leads to `search-invoices` for that number, and the
 * invoice found is sent (if still a draft) and shared instead of making another.
 */
export async function createPayPalInvoiceLink(
  client: PayPalClient,
  options: PaymentProviderV1CreateLinkOptions,
): Promise<PayPalInvoiceLink> {
  const body = createPayPalInvoiceBody(options);
  const detail = body.detail as { invoice_number: string };
  let invoice: Invoice;
  try {
    const created = await client.send({
      method: 'POST',
      path: '/v2/invoicing/invoices',
      body,
      representation: true,
      operation: 'create the invoice',
      idempotent: false,
    });
    invoice =
      isPayPalJson(created.body) && typeof created.body.id === 'string'
        ? requireResource(created.body, 'create the invoice')
        : await readInvoice(client, idFromHref(stringAt(created.body, 'href')));
  } catch (error) {
    const recoverable =
      ApiCallError.isInstance(error) &&
      (error.kind === 'ambiguous' || error.providerCode === 'DUPLICATE_INVOICE_NUMBER');
    if (!recoverable) throw error;
    const found = await findInvoiceByNumber(client, detail.invoice_number).catch(() => undefined);
    if (!found) throw error;
    assertSameAmount(found, body);
    invoice = found;
  }
  return shareInvoice(client, invoice);
}

/** Sends a draft invoice without e-mail (or skips that if it was sent already) and returns its payer-view URL. */
async function shareInvoice(client: PayPalClient, invoice: Invoice): Promise<PayPalInvoiceLink> {
  let href: string | undefined;
  if (stringAt(invoice, 'status') === 'DRAFT' || stringAt(invoice, 'status') === undefined) {
    try {
      const sent = await client.send({
        method: 'POST',
        path: `/v2/invoicing/invoices/${encodeURIComponent(invoice.id)}/send`,
        body: { send_to_recipient: false, send_to_invoicer: false },
        operation: `share invoice ${invoice.id}`,
        idempotent: false,
      });
      href = stringAt(sent.body, 'href');
    } catch (error) {
      // A lost answer: the invoice tells whether the send happened.
      if (!ApiCallError.isInstance(error) || error.kind !== 'ambiguous') throw error;
      const reread = await readInvoice(client, invoice.id).catch(() => undefined);
      if (!reread || stringAt(reread, 'status') === 'DRAFT') throw error;
    }
  }
  const viewURL = isHttpURL(href) ? href : undefined;
  const current = viewURL ? invoice : await readInvoice(client, invoice.id);
  const url = viewURL ?? stringAt(objectAt(objectAt(current, 'detail'), 'metadata'), 'recipient_view_url');
  if (!url) {
    throw new ApiCallError({
      provider: payPalProviderId,
      kind: 'unknown',
      message: `PayPal shared invoice ${invoice.id} but gave no payer-view URL for it.`,
    });
  }
  return { invoice: current, url };
}

/** `GET /v2/invoicing/invoices/{id}`. */
export async function readInvoice(client: PayPalClient, invoiceId: string): Promise<Invoice> {
  const { body } = await client.send({
    method: 'GET',
    path: `/v2/invoicing/invoices/${encodeURIComponent(invoiceId)}`,
    operation: `read invoice ${invoiceId}`,
    idempotent: true,
  });
  return requireResource(body, `read invoice ${invoiceId}`);
}

async function findInvoiceByNumber(client: PayPalClient, invoiceNumber: string): Promise<Invoice | undefined> {
  // `search_data.invoice_number` is limited to 25 characters: a longer number cannot be searched for.
  if (invoiceNumber.length > 25) return undefined;
  const { body } = await client.send({
    method: 'POST',
    path: '/v2/invoicing/search-invoices?page=1&page_size=20&total_required=false',
    body: { invoice_number: invoiceNumber },
    operation: 'search invoices',
    idempotent: true,
  });
  const match = arrayAt(body, 'items').find(
    (item) => stringAt(objectAt(item, 'detail'), 'invoice_number') === invoiceNumber,
  );
  const id = stringAt(match, 'id');
  return id ? readInvoice(client, id) : undefined;
}

function assertSameAmount(found: Invoice, body: Record<string, unknown>): void {
  const wanted = (body.items as { unit_amount: { currency_code: string; value: string } }[])[0]?.unit_amount;
  const total = moneyAt(found, 'amount');
  if (!wanted || !total) return;
  const [a, b] = [fromPayPalMoney(total), fromPayPalMoney(wanted)];
  if (a.currency !== b.currency || a.amountMinor !== b.amountMinor) {
    throw new ApiCallError({
      provider: payPalProviderId,
      kind: 'idempotency-conflict',
      message: `Invoice ${found.id} already exists for this idempotency key with a different amount; use a new key for a new request.`,
    });
  }
}

function idFromHref(href: string | undefined): string {
  const id = href?.split('/').filter(Boolean).at(-1);
  if (!id) {
    throw new ApiCallError({
      provider: payPalProviderId,
      kind: 'unknown',
      message: 'PayPal created the invoice but returned neither the invoice nor a link to it.',
    });
  }
  return decodeURIComponent(id);
}

function isHttpURL(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\//.test(value);
}
