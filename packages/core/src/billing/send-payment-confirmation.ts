import type { Invoice } from '../model/invoice';
import type { Payment } from '../model/payment';
import type { BillingContext } from './billing-context';
import { composeMessage } from './compose-message';
import { enqueueSend } from './enqueue-send';
import { ensurePaymentLinks } from './ensure-payment-links';
import type { SendOutcome } from './send-outbox-entry';

/**
 * Thanks the customer in the chat for a payment: invoice number, amount and date, and for a part payment the
 * balance with a link for the rest. One confirmation per payment, whatever the number of webhooks. For an order sent
 * as WhatsApp `order_details` (see {@link whatsappOrderReferenceKey}), an `order_status` update follows.
 */
export async function sendPaymentConfirmation(
  context: BillingContext,
  invoice: Invoice,
  payment: Payment,
): Promise<SendOutcome | undefined> {
  const customer = await context.store.getCustomer(invoice.customerId);
  if (!customer) return undefined;
  const partial = invoice.status === 'partially_paid';
  const margin = context.options.linkRenewalMarginMs ?? 2 * 86_400_000;
  const links = partial ? await ensurePaymentLinks(context, invoice, customer, Date.parse(context.now()) + margin) : [];
  const payload = composeMessage(context, {
    key: partial ? 'payment-partial-received' : 'payment-received',
    contactKind: 'confirmation',
    customer,
    invoices: [invoice],
    links: new Map([[invoice.id, links]]),
    at: payment.receivedAt,
    amount: payment.amount,
  });
  const outcome = await enqueueSend(context, {
    invoiceId: invoice.id,
    stage: `payment:${payment.provider}:${payment.providerPaymentId}`,
    customerId: customer.id,
    payload,
  });
  const orderReference = invoice.metadata?.[whatsappOrderReferenceKey];
  if (orderReference) {
    // The order card in the chat shows the payment captured: WhatsApp does not reconcile Pix or links itself.
    await enqueueSend(context, {
      invoiceId: invoice.id,
      stage: `order-status:${payment.provider}:${payment.providerPaymentId}`,
      customerId: customer.id,
      payload: {
        contactKind: 'confirmation',
        messageKey: payload.messageKey,
        invoiceIds: [invoice.id],
        content: {
          kind: 'order-status',
          referenceId: orderReference,
          status: partial ? 'pending' : 'processing',
          // A part payment leaves the order unpaid: WhatsApp would show "captured" as paid in full.
          payment: partial ? 'pending' : 'captured',
          text: payload.text,
        },
        text: payload.text,
      },
    });
  }
  return outcome;
}

/**
 * The invoice metadata key naming the `reference_id` of the WhatsApp `order_details` message the order was sent
 * as. With it, cobro follows each payment with an `order_status` message showing the payment captured.
 */
export const whatsappOrderReferenceKey = 'whatsapp_order_reference';
