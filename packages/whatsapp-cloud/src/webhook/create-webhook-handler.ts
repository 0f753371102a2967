import { type MessagingChannelV1, type MessagingChannelV1WebhookEvent, WebhookVerificationError } from '@cobro/core';

/**
 * A web-standard webhook endpoint for WhatsApp: answers the GET subscription handshake, verifies and parses each
 * POST on its raw bytes, hands the events to `onEvents`, and answers 200. A bad signature gets 401 and a malformed
 * body 400 (Meta stops retrying those); a failure in `onEvents` gets 500, so Meta redelivers later.
 * Works in Node ≥ 20, Deno, Bun, Cloudflare Workers, Hono and Next.js route handlers.
 */
export function createWhatsAppWebhookHandler({
  channel,
  verifySubscription,
  onEvents,
}: {
  /** The channel (from `createWhatsAppCloud`). */
  channel: MessagingChannelV1;
  /** The handshake answerer (from `createWhatsAppCloud`). */
  verifySubscription: (query: string) => string;
  /** Receives each verified delivery's events; throw to have Meta redeliver. */
  onEvents: (events: MessagingChannelV1WebhookEvent[]) => Promise<void> | void;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (request.method === 'GET') {
      try {
        return new Response(verifySubscription(url.search), { status: 200, headers: { 'content-type': 'text/plain' } });
      } catch {
        return new Response('forbidden', { status: 403 });
      }
    }
    if (request.method !== 'POST') return new Response('method not allowed', { status: 405 });
    let events: MessagingChannelV1WebhookEvent[];
    try {
      events = await channel.parseWebhook({
        rawBody: new Uint8Array(await request.arrayBuffer()),
        headers: Object.fromEntries(request.headers),
      });
    } catch (error) {
      if (!WebhookVerificationError.isInstance(error)) throw error;
      return new Response(error.reason, { status: error.reason === 'malformed-body' ? 400 : 401 });
    }
    try {
      await onEvents(events);
    } catch {
      return new Response('retry later', { status: 500 });
    }
    return new Response(null, { status: 200 });
  };
}
