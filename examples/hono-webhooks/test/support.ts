import type { WhatsAppEmulator } from '@cobro/testing';

/** A signed delivery, as an emulator produces it. */
export interface Delivery {
  readonly rawBody: string | Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** POSTs a delivery's exact bytes and headers over HTTP; resolves with the status and the body text. */
export async function post(url: string, delivery: Delivery): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: delivery.headers,
    body: typeof delivery.rawBody === 'string' ? delivery.rawBody : Buffer.from(delivery.rawBody),
  });
  return { status: response.status, body: await response.text() };
}

/** The messages the WhatsApp emulator accepted, with the text a customer would read. */
export function acceptedMessages(whatsapp: WhatsAppEmulator) {
  return whatsapp.requests
    .filter((request) => request.messageId !== undefined)
    .map((request) => ({
      to: String(request.body.to),
      type: String(request.body.type),
      // Free-form text, or the template's parameters: what the customer sees either way.
      text:
        request.body.type === 'text'
          ? String((request.body.text as { body: string }).body)
          : JSON.stringify(request.body[String(request.body.type)]),
      at: request.at,
    }));
}
