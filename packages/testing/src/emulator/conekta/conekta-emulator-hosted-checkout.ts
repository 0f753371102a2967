import type { ConektaJson } from './conekta-emulator-objects';
import type { SignedConektaWebhook } from './sign-conekta-webhook';

/** The outcome of one webhook delivery attempt by the emulator. */
export interface ConektaWebhookDelivery {
  /** The event id delivered. */
  readonly eventId: string;
  /** The HTTP status the app answered, or `undefined` when the request failed. */
  readonly status: number | undefined;
  /** Why the request failed, when it did. */
  readonly error?: string;
}

/** POSTs a signed webhook to the app's endpoint, as Conekta does, and reports what the app answered. */
export async function deliverConektaWebhook(
  url: string,
  webhook: SignedConektaWebhook,
): Promise<ConektaWebhookDelivery> {
  const eventId = String((JSON.parse(webhook.rawBody) as { id?: unknown }).id ?? '');
  try {
    const response = await fetch(url, { method: 'POST', headers: webhook.headers, body: webhook.rawBody });
    await response.arrayBuffer();
    return { eventId, status: response.status };
  } catch (error) {
    return { eventId, status: undefined, error: error instanceof Error ? error.message : String(error) };
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const methodLabels: Record<string, string> = {
  card: 'Tarjeta',
  cash: 'Efectivo (OXXO)',
  bank_transfer: 'Transferencia SPEI',
};

/**
 * A minimal stand-in for Conekta's hosted payment page, for demos: the amount, the description and one button per
 * allowed method. Nothing is charged; the emulator records the payment and sends the webhooks.
 */
export function renderConektaCheckoutPage(checkout: ConektaJson, message?: string): string {
  const template = checkout.order_template as {
    currency: string;
    line_items: { unit_price: number; quantity: number }[];
  };
  const cents = template.line_items.reduce((sum, line) => sum + line.unit_price * line.quantity, 0);
  const amount = `${template.currency} ${(cents / 100).toFixed(2)}`;
  const open = checkout.status === 'Issued';
  const buttons = ((checkout.allowed_payment_methods as string[]) ?? [])
    .map(
      (method) =>
        `<button name="method" value="${escapeHtml(method)}">${escapeHtml(methodLabels[method] ?? method)}</button>`,
    )
    .join(' ');
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Conekta emulator</title></head><body>
<h1>${escapeHtml(String(checkout.name))}</h1><p>${escapeHtml(amount)}</p>
${message ? `<p>${escapeHtml(message)}</p>` : ''}
${open ? `<form method="post">${buttons}</form>` : `<p>Link ${escapeHtml(String(checkout.status))}</p>`}
<p><small>Conekta emulator: no money moves.</small></p></body></html>`;
}
