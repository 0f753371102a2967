import { ApiCallError } from '../errors/api-call-error';
import { checkContact } from '../policy/contact-gate';
import type { BillingStoreV1AuditEntry } from '../spec/billing-store/v1/billing-store-v1-audit-entry';
import type { BillingStoreV1ErrorInfo } from '../spec/billing-store/v1/billing-store-v1-error-info';
import type { BillingStoreV1OutboxEntry } from '../spec/billing-store/v1/billing-store-v1-outbox-entry';
import type { BillingStoreV1OutboxOutcome } from '../spec/billing-store/v1/billing-store-v1-outbox-outcome';
import type { BillingContext } from './billing-context';
import { contactHistoryFromOutbox } from './contact-history-from-outbox';
import type { CustomerSendState } from './customer-send-state';
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
// A template Meta has not approved (yet) holds the send, never drops it: try again hourly until someone fixes it.
const templateRetryMs = 3_600_000;

/**
 * Sends one outbox entry, exactly once: takes it under a lease, passes the contact gate again at this instant with
 * the customer's whole history (including what this run already sent), asks the channel, then writes the outcome,
 * the message log and the audit entry in one store call. A crash after the channel call leaves the entry `sending`;
 * its lease expires and it is settled from the message log or a status webhook about that message, never re-sent
 * blindly.
 *
 * @param state - the customer's state as the drain holds it under its claim. Updated in place
 * with the entry's new state, so the next send of the run sees this one.
 * @param taken - the entry when the caller already took it for sending (enqueued with `begin`, after
 * {@link waitForSlot})
 */
export async function sendOutboxEntry(
  context: BillingContext,
  key: string,
  state: CustomerSendState,
  taken?: BillingStoreV1OutboxEntry,
): Promise<SendOutcome> {
  const { store, options } = context;
  const step = async (name: Parameters<NonNullable<typeof options.beforeSendStep>>[0]) =>
    options.beforeSendStep?.(name, key);
  if (!taken) {
    // The slot is taken before the lease: a wait for it (or a crash during it) never holds a send nothing sent.
    const unavailable = await waitForSlot(context, key);
    if (unavailable) return unavailable;
    await step('begin');
  }
  const entry = taken ?? (await store.beginOutboxSend(key, context.owner, context.sendLeaseMs, context.now()));
  if (!entry) {
    const current = await store.getOutbox(key);
    if (current) state.entries.set(key, current);
    if (current?.state === 'sent' && current.channelMessageId)
      return { state: 'sent', key, channelMessageId: current.channelMessageId };
    return { state: 'skipped', key, reason: current?.state === 'pending' ? 'not-due' : 'taken' };
  }
  state.entries.set(key, entry);
  const payload = fromStoredPayload(entry.payload);
  const at = context.now();
  const { customer } = state;

  // Collection messages pass the whole gate; answers to the customer only the opt-out (and the opt-out
  // confirmation not even that: it is the one message owed after STOP).
  if (isCollectionKind(payload.contactKind)) {
    const history = contactHistoryFromOutbox([...state.entries.values()], key);
    const decision = checkContact({
      customer,
      policy: policyFor(context, customer),
      history,
      at,
      invoiceIds: payload.invoiceIds,
    });
    if (!decision.allowed) {
      const audit: Omit<BillingStoreV1AuditEntry, 'sequence'> = {
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
      };
      context.events.emit('reminder.refused', {
        customerId: customer.id,
        invoiceId: payload.invoiceIds[0] ?? '',
        stage: entry.stage,
        rule: decision.rule,
        reason: decision.reason,
        at,
      });
      if (decision.nextAllowedAt) {
        await settleEntry(
          context,
          state,
          key,
          {
            state: 'pending',
            at,
            notBefore: decision.nextAllowedAt,
            error: {
              code: decision.reason,
              message: `Refused by ${decision.rule}; allowed again at ${decision.nextAllowedAt}.`,
            },
          },
          [audit],
        );
        return { state: 'scheduled', key, notBefore: decision.nextAllowedAt, reason: decision.reason };
      }
      await settleEntry(
        context,
        state,
        key,
        { state: 'failed', at, error: { code: decision.reason, message: `Refused by ${decision.rule}.` } },
        [audit],
      );
      return { state: 'refused', key, reason: decision.reason, rule: decision.rule };
    }
  } else if (customer.optOut && payload.contactKind !== 'opt-out-confirmation') {
    return finish(context, entry, state, 'failed', { code: 'opted-out', message: 'The customer opted out.' });
  }

  await step('call');
  let result: Awaited<ReturnType<typeof context.channel.send>>;
  try {
    result = await context.channel.send({
      to: recipientOf(customer),
      reference: key,
      content: payload.content,
      ...(payload.template ? { template: payload.template } : {}),
      ...(state.lastInboundAt ? { serviceWindow: serviceWindowAt(state.lastInboundAt, at) } : {}),
    });
  } catch (error) {
    return failed(context, entry, state, error);
  }
  await step('log');
  // The log, the audit entry and the outcome land in one write: a crash before it leaves the entry `sending`, to be
  // settled from a status webhook about this very message.
  await step('finish');
  await settleEntry(
    context,
    state,
    key,
    { state: 'sent', channelMessageId: result.messageId, at },
    [
      {
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
      },
    ],
    messageRecordFor(context, entry, payload, result.messageId, result.deliveredAs, at),
  );
  await emitSent(context, entry, payload, result.messageId, at);
  return { state: 'sent', key, channelMessageId: result.messageId };
}

/**
 * Waits for a send slot under the channel's shared rate limit, when one is set. Resolves with nothing when the send
 * may go, or with a `scheduled` outcome when no slot can be had (the store behind the limiter is down): nothing was
 * taken or sent, so the send waits in the outbox and its customer's drain comes back to it.
 */
export async function waitForSlot(
  context: BillingContext,
  key: string,
): Promise<Extract<SendOutcome, { state: 'scheduled' }> | undefined> {
  try {
    await context.rateLimiter?.acquire();
    return undefined;
  } catch (error) {
    context.logger.warn('cobro: no send slot, will retry', {
      outboxKey: key,
      error: error instanceof Error ? error.message : String(error),
    });
    const notBefore = new Date(Date.parse(context.now()) + retryDelaysMs[0]!).toISOString();
    return { state: 'scheduled', key, notBefore, reason: 'rate-limit-unavailable' };
  }
}

const serviceWindowMs = 24 * 3_600_000;

/** The 24-hour window as the store knows it (shared by every process), for the channel to honour. */
function serviceWindowAt(lastInboundAt: string, at: string): { readonly open: boolean; readonly closesAt?: string } {
  const closes = Date.parse(lastInboundAt) + serviceWindowMs;
  return closes > Date.parse(at) ? { open: true, closesAt: new Date(closes).toISOString() } : { open: false };
}

/** Writes an outcome (with its effects) and mirrors the entry into the drain's state. */
async function settleEntry(
  context: BillingContext,
  state: CustomerSendState | undefined,
  key: string,
  outcome: BillingStoreV1OutboxOutcome,
  audit: readonly Omit<BillingStoreV1AuditEntry, 'sequence'>[],
  message?: Parameters<BillingContext['store']['appendMessage']>[0],
): Promise<void> {
  const next = await context.store.finishOutboxSend(key, context.owner, outcome, {
    audit,
    ...(message ? { message } : {}),
  });
  if (next) state?.entries.set(key, next);
}

async function failed(
  context: BillingContext,
  entry: BillingStoreV1OutboxEntry,
  state: CustomerSendState | undefined,
  error: unknown,
): Promise<SendOutcome> {
  const info: BillingStoreV1ErrorInfo = {
    code: ApiCallError.isInstance(error) ? (error.providerCode ?? error.kind) : 'unknown',
    message: error instanceof Error ? error.message : String(error),
  };
  if (ApiCallError.isInstance(error) && error.kind === 'ambiguous')
    return finish(context, entry, state, 'ambiguous', info);
  const template = ApiCallError.isInstance(error) && error.kind === 'template';
  if (template || (ApiCallError.isInstance(error) && error.isRetryable && entry.attempts <= retryDelaysMs.length)) {
    const delay = template
      ? templateRetryMs
      : Math.max((error as ApiCallError).retryAfterMs ?? 0, retryDelaysMs[entry.attempts - 1] ?? 0);
    const at = context.now();
    const notBefore = new Date(Date.parse(at) + delay).toISOString();
    await settleEntry(context, state, entry.key, { state: 'pending', at, notBefore, error: info }, [
      {
        at,
        actor: 'system',
        action: template ? 'message.held' : 'message.retrying',
        invoiceId: entry.invoiceId,
        customerId: entry.customerId,
        details: { outboxKey: entry.key, code: info.code, notBefore },
      },
    ]);
    context.logger.warn('cobro: send failed, will retry', { outboxKey: entry.key, code: info.code, notBefore });
    return { state: 'scheduled', key: entry.key, notBefore, reason: info.code };
  }
  return finish(context, entry, state, 'failed', info);
}

async function finish(
  context: BillingContext,
  entry: BillingStoreV1OutboxEntry,
  state: CustomerSendState | undefined,
  outcome: 'failed' | 'ambiguous',
  error: BillingStoreV1ErrorInfo,
): Promise<SendOutcome> {
  const at = context.now();
  await settleEntry(context, state, entry.key, { state: outcome, at, error }, [
    {
      at,
      actor: 'system',
      action: outcome === 'ambiguous' ? 'message.ambiguous' : 'message.failed',
      invoiceId: entry.invoiceId,
      customerId: entry.customerId,
      details: { outboxKey: entry.key, code: error.code, message: error.message },
    },
  ]);
  context.events.emit('message.failed', {
    customerId: entry.customerId,
    invoiceId: entry.invoiceId,
    outboxKey: entry.key,
    ambiguous: outcome === 'ambiguous',
    error,
    at,
  });
  context.logger.warn(`cobro: send ${outcome}`, { outboxKey: entry.key, code: error.code });
  return { state: outcome, key: entry.key, error };
}
