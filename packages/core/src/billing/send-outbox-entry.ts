import { ApiCallError } from '../errors/api-call-error';
import { checkContact } from '../policy/contact-gate';
import type { BillingStoreV1ErrorInfo } from '../spec/billing-store/v1/billing-store-v1-error-info';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingContext } from './billing-context';
import { contactHistoryFromOutbox } from './contact-history-from-outbox';
import { emitSent } from './emit-sent';
import { messageRecordFor } from './message-record-for';
import { fromStoredPayload, isCollectionKind } from './outbox-payload';
import { policyFor } from './policy-for';
import { recipientOf } from './recipient-of';

/** How one send ended, as the caller sees it. */
export type SendOutcome =
  | {
      /** The channel accepted it. */
      readonly state: 'sent';
      /** The outbox key. */
      readonly key: string;
      /** The channel's message id. */
      readonly channelMessageId: string;
    }
  | {
      /** It waits in the outbox: the gate allows it later, or a retry after a failure that did not reach the channel. */
      readonly state: 'scheduled';
      /** The outbox key. */
      readonly key: string;
      /** Not before this instant. */
      readonly notBefore: string;
      /** Why it waits: the gate's reason (`outside-window`, `holiday`…) or the error code. */
      readonly reason: string;
    }
  | {
      /** The gate refused it for good (opted out, a cap reached). */
      readonly state: 'refused';
      /** The outbox key. */
      readonly key: string;
      /** The gate's reason. */
      readonly reason: string;
      /** The preset (or `policy`) whose rule refused it. */
      readonly rule: string;
    }
  | {
      /** Refused by the channel for good (`failed`), or maybe sent (`ambiguous`: never re-sent blindly). */
      readonly state: 'failed' | 'ambiguous';
      /** The outbox key. */
      readonly key: string;
      /** What the channel said. */
      readonly error: BillingStoreV1ErrorInfo;
    }
  | {
      /** Not sent by this call: not due yet, or another worker holds it. */
      readonly state: 'skipped';
      /** The outbox key. */
      readonly key: string;
      /** Which. */
      readonly reason: 'not-due' | 'taken';
    };

const retryDelaysMs = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/**
 * Sends one outbox entry, exactly once: takes it under a lease, passes the contact gate again at this instant (the
 * customer may have opted out or been contacted since it was enqueued), asks the channel, logs the message and the
 * audit entry, then records the outcome. A crash after the channel call leaves the entry `sending`; its lease
 * expires and it is reconciled from the message log or the channel's statuses, never blindly re-sent.
 */
export async function sendOutboxEntry(context: BillingContext, key: string): Promise<SendOutcome> {
  const { store, options } = context;
  const step = async (name: Parameters<NonNullable<typeof options.beforeSendStep>>[0]) =>
    options.beforeSendStep?.(name, key);
  await step('begin');
  const entry = await store.beginOutboxSend(key, context.owner, context.sendLeaseMs, context.now());
  if (!entry) {
    const current = await store.getOutbox(key);
    if (current?.state === 'sent' && current.channelMessageId)
      return { state: 'sent', key, channelMessageId: current.channelMessageId };
    return { state: 'skipped', key, reason: current?.state === 'pending' ? 'not-due' : 'taken' };
  }
  const payload = fromStoredPayload(entry.payload);
  const customer = await store.getCustomer(entry.customerId);
  const at = context.now();
  if (!customer)
    return finish(context, entry, 'failed', { code: 'customer-missing', message: 'The customer was deleted.' });

  // Collection messages pass the whole gate; answers to the customer only the opt-out (and the opt-out
  // confirmation not even that: it is the one message owed after STOP).
  if (isCollectionKind(payload.contactKind)) {
    const history = contactHistoryFromOutbox(await store.listOutbox({ customerId: customer.id }), key);
    const decision = checkContact({
      customer,
      policy: policyFor(context, customer),
      history,
      at,
      invoiceIds: payload.invoiceIds,
    });
    if (!decision.allowed) {
      await store.appendAudit({
        at,
        actor: 'system',
        action: `${payload.contactKind}.refused`,
        ...(payload.invoiceIds[0] ? { invoiceId: payload.invoiceIds[0] } : {}),
        customerId: customer.id,
        details: {
          outboxKey: key,
          reason: decision.reason,
          rule: decision.rule,
          presets: [...decision.presets],
          ...(decision.nextAllowedAt ? { nextAllowedAt: decision.nextAllowedAt } : {}),
        },
      });
      context.events.emit('reminder.refused', {
        customerId: customer.id,
        invoiceId: payload.invoiceIds[0] ?? '',
        stage: entry.stage,
        rule: decision.rule,
        reason: decision.reason,
        at,
      });
      if (decision.nextAllowedAt) {
        await store.finishOutboxSend(key, context.owner, {
          state: 'pending',
          at,
          notBefore: decision.nextAllowedAt,
          error: {
            code: decision.reason,
            message: `Refused by ${decision.rule}; allowed again at ${decision.nextAllowedAt}.`,
          },
        });
        return { state: 'scheduled', key, notBefore: decision.nextAllowedAt, reason: decision.reason };
      }
      await store.finishOutboxSend(key, context.owner, {
        state: 'failed',
        at,
        error: { code: decision.reason, message: `Refused by ${decision.rule}.` },
      });
      return { state: 'refused', key, reason: decision.reason, rule: decision.rule };
    }
  } else if (customer.optOut && payload.contactKind !== 'opt-out-confirmation') {
    return finish(context, entry, 'failed', { code: 'opted-out', message: 'The customer opted out.' });
  }

  await step('call');
  let result: Awaited<ReturnType<typeof context.channel.send>>;
  try {
    result = await context.channel.send({
      to: recipientOf(customer),
      reference: key,
      content: payload.content,
      ...(payload.template ? { template: payload.template } : {}),
    });
  } catch (error) {
    return failed(context, entry, error);
  }
  await step('log');
  // The log comes before the outcome: a crash between them is then settled from the log on recovery.
  await store.appendMessage(messageRecordFor(context, entry, payload, result.messageId, result.deliveredAs, at));
  await store.appendAudit({
    at,
    actor: 'system',
    action: `${payload.contactKind}.sent`,
    ...(payload.invoiceIds[0] ? { invoiceId: payload.invoiceIds[0] } : {}),
    customerId: customer.id,
    details: {
      outboxKey: key,
      messageKey: payload.messageKey,
      channelMessageId: result.messageId,
      deliveredAs: result.deliveredAs,
      ...(payload.template ? { template: payload.template.name } : {}),
      presets: [...policyFor(context, customer).presets],
      ...(customer.optIn ? { optInSource: customer.optIn.source, optInEvidence: customer.optIn.evidence } : {}),
    },
  });
  await step('finish');
  await store.finishOutboxSend(key, context.owner, { state: 'sent', channelMessageId: result.messageId, at });
  await emitSent(context, entry, payload, result.messageId, at);
  return { state: 'sent', key, channelMessageId: result.messageId };
}

async function failed(context: BillingContext, entry: BillingStoreV1OutboxEntry, error: unknown): Promise<SendOutcome> {
  const info: BillingStoreV1ErrorInfo = {
    code: ApiCallError.isInstance(error) ? (error.providerCode ?? error.kind) : 'unknown',
    message: error instanceof Error ? error.message : String(error),
  };
  if (ApiCallError.isInstance(error) && error.kind === 'ambiguous') return finish(context, entry, 'ambiguous', info);
  if (ApiCallError.isInstance(error) && error.isRetryable && entry.attempts <= retryDelaysMs.length) {
    const delay = Math.max(error.retryAfterMs ?? 0, retryDelaysMs[entry.attempts - 1] ?? 0);
    const notBefore = new Date(Date.parse(context.now()) + delay).toISOString();
    await context.store.finishOutboxSend(entry.key, context.owner, {
      state: 'pending',
      at: context.now(),
      notBefore,
      error: info,
    });
    context.logger.warn('cobro: send failed, will retry', { outboxKey: entry.key, code: info.code, notBefore });
    return { state: 'scheduled', key: entry.key, notBefore, reason: info.code };
  }
  return finish(context, entry, 'failed', info);
}

async function finish(
  context: BillingContext,
  entry: BillingStoreV1OutboxEntry,
  state: 'failed' | 'ambiguous',
  error: BillingStoreV1ErrorInfo,
): Promise<SendOutcome> {
  const at = context.now();
  await context.store.finishOutboxSend(entry.key, context.owner, { state, at, error });
  await context.store.appendAudit({
    at,
    actor: 'system',
    action: state === 'ambiguous' ? 'message.ambiguous' : 'message.failed',
    invoiceId: entry.invoiceId,
    customerId: entry.customerId,
    details: { outboxKey: entry.key, code: error.code, message: error.message },
  });
  context.events.emit('message.failed', {
    customerId: entry.customerId,
    invoiceId: entry.invoiceId,
    outboxKey: entry.key,
    ambiguous: state === 'ambiguous',
    error,
    at,
  });
  context.logger.warn(`cobro: send ${state}`, { outboxKey: entry.key, code: error.code });
  return { state, key: entry.key, error };
}
