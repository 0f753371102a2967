import { ValidationError } from '../errors/validation-error';
import { WebhookVerificationError } from '../errors/webhook-verification-error';

/**
 * The HTTP answer to a webhook that failed: 401 for a bad signature and 400 for a malformed body (the sender should
 * not retry those), 400 for a request cobro cannot route, and 500 for anything else so the sender redelivers later.
 */
export function webhookErrorResponse(error: unknown): Response {
  if (WebhookVerificationError.isInstance(error))
    return new Response(error.reason, { status: error.reason === 'malformed-body' ? 400 : 401 });
  if (ValidationError.isInstance(error)) return new Response(error.message, { status: 400 });
  return new Response('retry later', { status: 500 });
}

/** The request's raw body and headers, exactly as received: signatures are checked on these bytes. */
export async function rawWebhookRequest(request: Request): Promise<{
  rawBody: Uint8Array;
  headers: Record<string, string>;
  url: string;
}> {
  return {
    rawBody: new Uint8Array(await request.arrayBuffer()),
    headers: Object.fromEntries(request.headers),
    url: request.url,
  };
}
