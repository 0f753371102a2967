import type { IncomingMessage, ServerResponse } from 'node:http';
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

/**
 * Adapts a web-standard handler to Node's `(req, res)` (plain `node:http`, Express, Fastify's raw request). The raw
 * body is read from the stream, or taken from `req.body` when a middleware such as `express.raw()` already buffered
 * it; a body already parsed as JSON is refused, because its signature can no longer be checked.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
): (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let body: Uint8Array | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (req.body instanceof Uint8Array) body = req.body;
      else if (typeof req.body === 'string') body = new TextEncoder().encode(req.body);
      else if (req.body !== undefined) {
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end('the body was parsed before the signature check: use express.raw()');
        return;
      } else {
        const chunks: Uint8Array[] = [];
        for await (const chunk of req) chunks.push(chunk as Uint8Array);
        body = Buffer.concat(chunks);
      }
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(', '));
    }
    const response = await handler(
      new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body ? { body: body as Uint8Array<ArrayBuffer> } : {}),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}
