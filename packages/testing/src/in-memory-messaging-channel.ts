import {
  ApiCallError,
  type MessagingChannelV1,
  type MessagingChannelV1OutboundMessage,
  type MessagingChannelV1Recipient,
  type MessagingChannelV1WebhookEvent,
  WebhookVerificationError,
} from '@cobro/core';
import { computeHmac, timingSafeEqual, toBytes, toHex } from '@cobro/core/adapter';
import type { WebhookDelivery } from './in-memory-payment-provider';

/** A message the in-memory channel delivered. */
export interface InMemorySentMessage {
  /** The channel's message id. */
  readonly messageId: string;
  /** What was sent. */
  readonly message: MessagingChannelV1OutboundMessage;
  /** Free-form content or the template. */
  readonly deliveredAs: 'free-form' | 'template';
  /** When. */
  readonly at: string;
}

/** The reference messaging channel: a WhatsApp-like chat in memory, with a 24-hour window and signed webhooks. */
export interface InMemoryMessagingChannel extends MessagingChannelV1 {
  /** Everything delivered, oldest first. */
  readonly sent: readonly InMemorySentMessage[];
  /** A signed inbound text from `from` (it opens the window once parsed). */
  inboundText(from: MessagingChannelV1Recipient, text: string): Promise<WebhookDelivery>;
  /** A signed status webhook for a delivered message; `outsideServiceWindow` makes it a failure like WhatsApp's 131047. */
  status(
    messageId: string,
    status: 'sent' | 'delivered' | 'read' | 'failed',
    options?: { outsideServiceWindow?: boolean },
  ): Promise<WebhookDelivery>;
  /** Makes the next send fail as the provider would, e.g. `outside-service-window` for a stale window. */
  failNextSend(kind: 'outside-service-window' | 'rate-limited' | 'undeliverable'): void;
}

const header = 'x-cobro-signature';
const dayMs = 86_400_000;
const keyOf = (recipient: MessagingChannelV1Recipient) => recipient.userId ?? recipient.phone ?? '';

/**
 * Creates the in-memory reference messaging channel: the behaviour `runMessagingChannelContract` expects of every
 * channel, for app tests and as a model for adapter authors.
 */
export function createInMemoryMessagingChannel({
  webhookSecret,
  now = () => new Date(),
}: {
  /** Secret webhooks are signed with (HMAC-SHA256 over `t.rawBody`). */
  webhookSecret: string;
  /** The clock. */
  now?: () => Date;
}): InMemoryMessagingChannel {
  const sent: InMemorySentMessage[] = [];
  const windows = new Map<string, number>();
  const failures: ('outside-service-window' | 'rate-limited' | 'undeliverable')[] = [];
  let sequence = 0;

  const sign = async (event: unknown): Promise<WebhookDelivery> => {
    const rawBody = JSON.stringify([event]);
    const timestamp = Math.floor(now().getTime() / 1000);
    const mac = toHex(await computeHmac({ secret: webhookSecret, data: `${timestamp}.${rawBody}` }));
    return { rawBody, headers: { 'content-type': 'application/json', [header]: `t=${timestamp},v1=${mac}` } };
  };
  const open = (recipient: MessagingChannelV1Recipient, at: number) =>
    at - (windows.get(keyOf(recipient)) ?? -Infinity) < dayMs;

  return {
    specificationVersion: 'v1',
    channel: 'in-memory',
    sent,
    async send(message) {
      const at = now();
      const failure = failures.shift();
      if (failure === 'outside-service-window') windows.delete(keyOf(message.to));
      else if (failure)
        throw new ApiCallError({ provider: 'in-memory', kind: failure, message: `in-memory: ${failure}` });
      const freeForm = open(message.to, at.getTime());
      if (!freeForm && !message.template) {
        throw new ApiCallError({
          provider: 'in-memory',
          kind: 'outside-service-window',
          message: 'The service window is closed and no template was given.',
        });
      }
      const messageId = `msg_${String(++sequence).padStart(6, '0')}`;
      const deliveredAs = freeForm ? 'free-form' : 'template';
      sent.push({ messageId, message, deliveredAs, at: at.toISOString() });
      return { messageId, deliveredAs };
    },
    async parseWebhook({ rawBody, headers }) {
      const signature = Object.entries(headers).find(([name]) => name.toLowerCase() === header)?.[1];
      if (!signature)
        throw new WebhookVerificationError({
          provider: 'in-memory',
          reason: 'missing-header',
          message: `no ${header}`,
        });
      const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
      if (!match)
        throw new WebhookVerificationError({
          provider: 'in-memory',
          reason: 'malformed-header',
          message: `${header} must be t=<unix>,v1=<hex>`,
        });
      const text = new TextDecoder().decode(toBytes(rawBody));
      const expected = toHex(await computeHmac({ secret: webhookSecret, data: `${match[1]}.${text}` }));
      if (!timingSafeEqual(expected, match[2] as string)) {
        throw new WebhookVerificationError({
          provider: 'in-memory',
          reason: 'bad-signature',
          message: 'the signature does not match the body',
        });
      }
      let events: MessagingChannelV1WebhookEvent[];
      try {
        events = JSON.parse(text) as MessagingChannelV1WebhookEvent[];
        if (!Array.isArray(events)) throw new TypeError('not a list');
      } catch (cause) {
        throw new WebhookVerificationError({
          provider: 'in-memory',
          reason: 'malformed-body',
          message: 'not a list of events',
          cause,
        });
      }
      for (const event of events) {
        if (event.type === 'inbound-text' || event.type === 'inbound-button-reply' || event.type === 'inbound-media') {
          windows.set(keyOf(event.from), Date.parse(event.occurredAt));
        } else if (event.type === 'message-status' && event.error?.outsideServiceWindow && event.recipient) {
          windows.delete(keyOf(event.recipient));
        }
      }
      return events;
    },
    serviceWindow(recipient, at) {
      const last = windows.get(keyOf(recipient));
      return last !== undefined && open(recipient, Date.parse(at))
        ? { open: true, closesAt: new Date(last + dayMs).toISOString() }
        : { open: false };
    },
    inboundText(from, text) {
      const id = `in_${++sequence}`;
      return sign({ type: 'inbound-text', eventId: id, messageId: id, occurredAt: now().toISOString(), from, text });
    },
    status(messageId, status, options = {}) {
      const delivered = sent.find((entry) => entry.messageId === messageId);
      return sign({
        type: 'message-status',
        eventId: `${messageId}:${status}`,
        occurredAt: now().toISOString(),
        messageId,
        status,
        ...(delivered?.message.reference ? { reference: delivered.message.reference } : {}),
        ...(delivered ? { recipient: delivered.message.to } : {}),
        ...(options.outsideServiceWindow
          ? { error: { code: 'outside-window', title: 'Window closed', outsideServiceWindow: true } }
          : {}),
      });
    },
    failNextSend(kind) {
      failures.push(kind);
    },
  };
}
