import { WebhookVerificationError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { fixedNow, linkInput, rejectionOf, usePayPalEmulator } from './support/setup';

const { emulator, provider } = usePayPalEmulator();

const paidInvoice = async (key: string) => {
  const paypal = provider();
  const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: key });
  return { paypal, link, ...emulator().pay(link.id) };
};

const signedAt = (body: string, transmissionTime: string) => emulator().sign(body, { transmissionTime });

describe('transmission age', () => {
  it('refuses a genuinely signed transmission two years old, before downloading anything', async () => {
    const { paypal, webhook } = await paidInvoice('replay-old');
    const twoYearsAgo = new Date(fixedNow.getTime() - 2 * 365 * 86_400_000).toISOString();
    const old = signedAt(webhook.rawBody, twoYearsAgo);
    const downloads = emulator().counts().certificateDownloads;
    const error = await rejectionOf(paypal.parseWebhook(old));
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'expired' });
    expect(emulator().counts().certificateDownloads).toBe(downloads);
  });

  it('accepts one within the tolerance on the injected clock, and refuses it once the clock is past it', async () => {
    const { webhook } = await paidInvoice('replay-tolerance');
    const fourMinutesAgo = new Date(fixedNow.getTime() - 240_000).toISOString();
    const delivery = signedAt(webhook.rawBody, fourMinutesAgo);
    await expect(provider().parseWebhook(delivery)).resolves.toMatchObject({ type: 'payment-succeeded' });
    const later = provider({ clock: () => new Date(fixedNow.getTime() + 61_000) });
    expect(await rejectionOf(later.parseWebhook(delivery))).toMatchObject({ reason: 'expired' });
  });

  it('names the transmission id as the delivery id, for the runtime to remember', async () => {
    const { paypal, webhook } = await paidInvoice('replay-id');
    const event = await paypal.parseWebhook(webhook);
    expect(event.deliveryId).toBe(webhook.headers['paypal-transmission-id']);
  });
});

describe('certificate URLs PayPal does not serve', () => {
  it('answers untrusted-certificate (401), and does not fetch the same URL again', async () => {
    const { webhook } = await paidInvoice('replay-cert');
    const paypal = provider();
    const certUrl = `${emulator().baseURL}/v1/notifications/certs/CERT-does-not-exist`;
    const delivery = emulator().sign(webhook.rawBody, { certUrl });
    const fetched = () => emulator().requests.filter((request) => request.url.includes('CERT-does-not-exist')).length;
    for (let attempt = 0; attempt < 3; attempt++) {
      const error = await rejectionOf(paypal.parseWebhook(delivery));
      expect(WebhookVerificationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ reason: 'untrusted-certificate' });
    }
    expect(fetched()).toBe(1);
  });

  it('refuses a path that is not a certificate path on a PayPal host without fetching it', async () => {
    const { webhook } = await paidInvoice('replay-path');
    const before = emulator().requests.length;
    const delivery = emulator().sign(webhook.rawBody, { certUrl: `${emulator().baseURL}/v1/oauth2/token` });
    expect(await rejectionOf(provider().parseWebhook(delivery))).toMatchObject({ reason: 'untrusted-certificate' });
    expect(emulator().requests.length).toBe(before);
  });
});
