import { createConekta } from '@cobro/conekta';
import type { PaymentProviderV1CreateLinkOptions } from '@cobro/core';
import { createPayPal } from '@cobro/paypal';
import { createConektaEmulator, createPayPalEmulator } from '@cobro/testing';

/** One signed webhook delivery: the exact body and the headers. */
export interface SignedDelivery {
  /** The body, exactly as signed. */
  readonly rawBody: string;
  /** The headers, signature included. */
  readonly headers: Readonly<Record<string, string>>;
}

/** A fixed instant inside the emulators' test-only certificate validity: the bench measures the same on any day. */
export const paymentBenchNow = new Date('2027-01-04T17:00:00.000Z');

const link = (index: number, expiresAt: string): PaymentProviderV1CreateLinkOptions => ({
  amount: { amountMinor: 10_000 + index * 137, currency: 'MXN' },
  invoiceReference: `inv_${index}`,
  attempt: 1,
  customer: {
    id: `cus_${index}`,
    name: 'Jorge López',
    phone: '+525512345678',
    email: 'jorge@example.mx',
    locale: 'es-MX',
    country: 'MX',
  },
  description: `Factura inv_${index}`,
  expiresAt,
  successUrl: 'https://shop.example.mx/gracias',
  idempotencyKey: `bench:${index}`,
});

/**
 * `count` PayPal deliveries as PayPal sends them (`INVOICING.INVOICE.PAID` for invoices made by the adapter, signed
 * SHA256withRSA over `id|time|webhookId|crc32`), made by the PayPal emulator on loopback, with the certificate PEM and
 * the settings a verifier needs. The emulator is closed before measuring.
 */
export async function generatePayPalDeliveries(count: number) {
  const credentials = { clientId: 'AcobroBench', clientSecret: 'EcobroBench', webhookId: '8PT597110X687430LKGECATA' };
  const now = () => paymentBenchNow;
  const emulator = await createPayPalEmulator({ ...credentials, now });
  try {
    const paypal = createPayPal({ ...credentials, baseURL: emulator.baseURL, clock: now });
    const deliveries: SignedDelivery[] = [];
    for (let index = 0; index < count; index++) {
      const created = await paypal.createPaymentLink(link(index, '2027-01-31T18:00:00.000Z'));
      deliveries.push(emulator.pay(created.id).webhook);
    }
    return {
      deliveries,
      credentials,
      certificate: emulator.certificate,
      certUrl: emulator.certUrl,
      host: emulator.host,
    };
  } finally {
    await emulator.close();
  }
}

/**
 * `count` Conekta deliveries (`order.paid` for checkouts made by the adapter, the `digest` header an RSA-SHA256
 * signature of the body), made by the Conekta emulator on loopback, with the webhook public key.
 */
export async function generateConektaDeliveries(count: number) {
  const now = () => paymentBenchNow;
  const emulator = await createConektaEmulator({ now });
  try {
    const conekta = createConekta({ privateKey: emulator.privateKey, baseURL: emulator.baseURL, now });
    const deliveries: SignedDelivery[] = [];
    for (let index = 0; index < count; index++) {
      const created = await conekta.createPaymentLink(link(index, '2027-01-06T17:00:00.000Z'));
      deliveries.push(emulator.pay(created.id).webhook);
    }
    return { deliveries, publicKey: emulator.webhookPublicKey };
  } finally {
    await emulator.close();
  }
}
