import {
  type BillingStoreV1OutboxEntry,
  type Invoice,
  type ManualPaymentInput,
  parseMoney,
  StaleVersionError,
  ValidationError,
} from '@cobro/core';
import type { ConsoleContext } from './console-context';
import { payloadOf } from './contact-history';
import { hasCustomerDispute, pausedBy, pauseReminders, resumeReminders } from './reminder-pause';
import { displayName } from './viewer-name';

/** A refused action: the HTTP status and a message naming the field or the state that refused it. */
export class ConsoleActionError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleActionError';
  }
}

/** The error code a send given up from the console keeps: decided, so out of the review queue. */
export const givenUpCode = 'given-up';

const methods: readonly ManualPaymentInput['method'][] = ['cash', 'bank-transfer', 'pix', 'spei', 'other'];

/** The actions a person may take from the console; each changes state through the store or the billing handle and is audited. */
export const consoleActions: Readonly<Record<string, (context: ConsoleContext, form: FormData) => Promise<void>>> = {
  'mark-sent': markSent,
  retry: (context, form) => resolveFromQueue(context, form, 'retry'),
  'give-up': (context, form) => resolveFromQueue(context, form, 'give-up'),
  'record-payment': recordPayment,
  pause: (context, form) => setPaused(context, form, true),
  resume: (context, form) => setPaused(context, form, false),
};

function field(form: FormData, name: string, required = true): string {
  const value = form.get(name);
  const text = typeof value === 'string' ? value.trim() : '';
  if (required && text === '') throw new ConsoleActionError(400, `The field "${name}" is required.`);
  return text;
}

function audit(
  context: ConsoleContext,
  action: string,
  target: { readonly invoiceId: string; readonly customerId: string },
  details: Record<string, string | number>,
) {
  return context.store.appendAudit({
    at: context.now.toISOString(),
    actor: `console:${context.viewer.id}`,
    action,
    invoiceId: target.invoiceId,
    customerId: target.customerId,
    details: { ...details, by: displayName(context.viewer) },
  });
}

async function queued(context: ConsoleContext, form: FormData): Promise<BillingStoreV1OutboxEntry> {
  const key = field(form, 'key');
  const entry = await context.store.getOutbox(key);
  if (!entry) throw new ConsoleActionError(404, `No send with the key in the field "key".`);
  if ((entry.state !== 'ambiguous' && entry.state !== 'failed') || entry.lastError?.code === givenUpCode)
    throw new ConsoleActionError(409, `That send is ${entry.state} now, not waiting for review.`);
  return entry;
}

async function markSent(context: ConsoleContext, form: FormData): Promise<void> {
  const entry = await queued(context, form);
  const at = context.now.toISOString();
  const given = field(form, 'channelMessageId', false);
  const channelMessageId = given || `console:${entry.key}`;
  const resolved = await context.store.resolveOutbox(entry.key, { state: 'sent', channelMessageId, at });
  if (!resolved) throw new ConsoleActionError(409, 'That send was settled meanwhile.');
  // The message log is what the chat and the caps read: a send a person confirmed belongs in it like any other.
  if (!(await context.store.findMessageByOutboxKey(entry.key))) {
    const payload = payloadOf(entry);
    const [invoiceId, ...related] = payload.invoiceIds ?? [entry.invoiceId];
    await context.store.appendMessage({
      id: `out:${entry.key}`,
      direction: 'outbound',
      customerId: entry.customerId,
      ...(invoiceId ? { invoiceId } : {}),
      ...(related.length > 0 ? { relatedInvoiceIds: related } : {}),
      channel: 'console',
      ...(given ? { channelMessageId: given } : {}),
      outboxKey: entry.key,
      kind: payload.content?.kind ?? 'text',
      ...(payload.messageKey ? { messageKey: payload.messageKey } : {}),
      stage: entry.stage,
      status: 'sent',
      createdAt: at,
      statusAt: at,
      ...(payload.text ? { text: payload.text } : {}),
      details: { contactKind: payload.contactKind ?? 'reminder', markedSentBy: context.viewer.id },
    });
  }
  await audit(context, 'outbox.marked-sent', entry, { outboxKey: entry.key, channelMessageId });
}

async function resolveFromQueue(context: ConsoleContext, form: FormData, decision: 'retry' | 'give-up'): Promise<void> {
  const entry = await queued(context, form);
  const at = context.now.toISOString();
  const resolved = await context.store.resolveOutbox(
    entry.key,
    decision === 'retry'
      ? { state: 'pending', at, notBefore: at }
      : {
          state: 'failed',
          at,
          error: { code: givenUpCode, message: `Given up from the console by ${displayName(context.viewer)}` },
        },
  );
  if (!resolved) throw new ConsoleActionError(409, 'That send was settled meanwhile.');
  await audit(context, decision === 'retry' ? 'outbox.retried' : 'outbox.given-up', entry, { outboxKey: entry.key });
}

async function invoiceFrom(context: ConsoleContext, form: FormData): Promise<Invoice> {
  const invoice = await context.store.getInvoice(field(form, 'invoiceId'));
  if (!invoice) throw new ConsoleActionError(404, 'No invoice with the id in the field "invoiceId".');
  return invoice;
}

async function recordPayment(context: ConsoleContext, form: FormData): Promise<void> {
  const invoice = await invoiceFrom(context, form);
  const method = methods.find((each) => each === field(form, 'method'));
  if (!method) throw new ConsoleActionError(400, `The field "method" must be one of ${methods.join(', ')}.`);
  const reference = field(form, 'reference');
  let amount: ReturnType<typeof parseMoney>;
  try {
    amount = parseMoney(field(form, 'amount'), invoice.currency);
  } catch (error) {
    if (ValidationError.isInstance(error))
      throw new ConsoleActionError(
        400,
        `The field "amount" must be a decimal amount in ${invoice.currency}, e.g. 12.50.`,
      );
    throw error;
  }
  if (amount.amountMinor <= 0) throw new ConsoleActionError(400, 'The field "amount" must be more than zero.');
  try {
    await context.billing.recordPayment(invoice.id, { amount, method, reference });
  } catch (error) {
    if (ValidationError.isInstance(error)) throw new ConsoleActionError(400, error.message);
    throw error;
  }
  await audit(
    context,
    'payment.recorded-by-hand',
    { invoiceId: invoice.id, customerId: invoice.customerId },
    {
      amountMinor: amount.amountMinor,
      currency: amount.currency,
      method,
      reference,
    },
  );
}

async function setPaused(context: ConsoleContext, form: FormData, pause: boolean): Promise<void> {
  const invoice = await invoiceFrom(context, form);
  const at = context.now.toISOString();
  if (pause) {
    if (invoice.status !== 'open' && invoice.status !== 'partially_paid')
      throw new ConsoleActionError(
        409,
        `Invoice ${invoice.number} is ${invoice.status}: there are no reminders to pause.`,
      );
    if (pausedBy(invoice) !== undefined || hasCustomerDispute(invoice))
      throw new ConsoleActionError(409, `Reminders of ${invoice.number} are already held (paused or disputed).`);
  } else if (pausedBy(invoice) === undefined) {
    throw new ConsoleActionError(409, `Reminders of ${invoice.number} are not paused from the console.`);
  }
  const next = pause ? pauseReminders(invoice, context.viewer.id, at) : resumeReminders(invoice);
  try {
    // The customer is made due in the same write, so the runtime re-plans at once (and, on resume, sends again).
    await context.store.putInvoice(next, { expectedVersion: invoice.version, customerDueAt: at });
  } catch (error) {
    if (StaleVersionError.isInstance(error))
      throw new ConsoleActionError(409, `Invoice ${invoice.number} changed meanwhile: reload and try again.`);
    throw error;
  }
  await audit(
    context,
    pause ? 'reminders.paused' : 'reminders.resumed',
    { invoiceId: invoice.id, customerId: invoice.customerId },
    {},
  );
}
