import { generateKeyPairSync } from 'node:crypto';
import { ApiCallError, WebhookVerificationError } from '@cobro/core';
import { signPayPalWebhook, testOnlyPayPalWebhookCertificate, validatePayPalRequest } from '@cobro/testing';
import { describe, expect, it, vi } from 'vitest';
import { checkPayPalCertificateURL, payPalCertificateHosts } from '../src/paypal-certificate-store';
import { toPayPalMoney } from '../src/paypal-money';
import { payPalVerifySignatureBody } from '../src/verify-paypal-webhook-api';
import { payPalSignedMessage } from '../src/verify-paypal-webhook-offline';
import { linkInput, rejectionOf, testCredentials, usePayPalEmulator } from './support/setup';

const { emulator, provider } = usePayPalEmulator();

const paidInvoice = async (key: string) => {
  const paypal = provider();
  const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: key });
  return { paypal, link, ...emulator().pay(link.id) };
};

describe('offline verification', () => {
  it('signs `id|time|webhookId|crc32` with CRC32 as an unsigned decimal', () => {
    // CRC32("The quick brown fox jumps over the lazy dog") = 0x414FA339 = 1095738169 (unsigned).
    expect(
      payPalSignedMessage({
        transmissionId: 'a',
        transmissionTime: 't',
        webhookId: 'W',
        rawBody: 'The quick brown fox jumps over the lazy dog',
      }),
    ).toBe('a|t|W|1095738169');
    // A CRC above 2^31 must not come out negative: CRC32("hello") = 0x3610A686 is below, CRC32("a") = 0xE8B7BE43 above.
    expect(payPalSignedMessage({ transmissionId: 'a', transmissionTime: 't', webhookId: 'W', rawBody: 'a' })).toBe(
      'a|t|W|3904355907',
    );
  });

  it('verifies a delivery with the certificate served on loopback, fetched once and cached by URL', async () => {
    const { paypal, link, webhook } = await paidInvoice('wh-ok');
    const downloads = emulator().counts().certificateDownloads;
    const event = await paypal.parseWebhook(webhook);
    expect(event).toMatchObject({
      type: 'payment-succeeded',
      provider: 'paypal',
      paymentId: link.id,
      linkId: link.id,
      invoiceReference: 'INV-2026-0042',
      amount: { amountMinor: 123_450, currency: 'MXN' },
    });
    expect(event.eventId).toMatch(/^WH-/);
    await paypal.parseWebhook(webhook);
    expect(emulator().counts().certificateDownloads).toBe(downloads + 1);
  });

  it.each([
    ['another host over https', 'https://evil.example/cert.pem'],
    ['a PayPal host over plain http', 'http://api.paypal.com/v1/notifications/certs/CERT-1'],
    ['a look-alike host', 'https://api.paypal.com.evil.example/v1/notifications/certs/CERT-1'],
    ['a sub-domain of an allowed host', 'https://x.api.paypal.com/v1/notifications/certs/CERT-1'],
    ['credentials in the URL', 'https://user:pass@api.paypal.com/v1/notifications/certs/CERT-1'],
    ['not a URL', 'api.paypal.com/cert'],
  ])('refuses a certificate URL on %s without fetching it', async (_name, certUrl) => {
    const fetchCertificate = vi.fn(async () => testOnlyPayPalWebhookCertificate);
    // Default allowlist (PayPal's hosts only): the test override is not set here.
    const paypal = provider({ certificateHostAllowlist: undefined, fetchCertificate });
    const delivery = emulator().sign({ id: 'WH-1', event_type: 'INVOICING.INVOICE.PAID', resource: {} }, { certUrl });
    const error = await rejectionOf(paypal.parseWebhook(delivery));
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'untrusted-certificate' });
    expect(fetchCertificate).not.toHaveBeenCalled();
  });

  it('refuses the emulator itself when it is not explicitly allowlisted (the default trusts PayPal only)', async () => {
    const { webhook } = await paidInvoice('wh-default-hosts');
    const downloads = emulator().counts().certificateDownloads;
    const error = await rejectionOf(provider({ certificateHostAllowlist: undefined }).parseWebhook(webhook));
    expect(error).toMatchObject({ reason: 'untrusted-certificate' });
    expect(emulator().counts().certificateDownloads).toBe(downloads);
    expect(payPalCertificateHosts).toEqual([
      'api.paypal.com',
      'api-m.paypal.com',
      'api.sandbox.paypal.com',
      'api-m.sandbox.paypal.com',
    ]);
    expect(
      checkPayPalCertificateURL('https://api.sandbox.paypal.com/v1/notifications/certs/X', payPalCertificateHosts).host,
    ).toBe('api.sandbox.paypal.com');
  });

  it('refuses a tampered body, a wrong webhook id, a wrong key and a missing header', async () => {
    const { paypal, webhook } = await paidInvoice('wh-bad');
    const tampered = { ...webhook, rawBody: webhook.rawBody.replace('1234.50', '1.00') };
    const otherWebhook = provider({ webhookId: 'OTHERWEBHOOKID' });
    const signedForOther = emulator().sign(webhook.rawBody, { webhookId: 'OTHERWEBHOOKID' });
    for (const [candidate, parser] of [
      [tampered, paypal],
      [webhook, otherWebhook],
      [signedForOther, paypal],
    ] as const) {
      const error = await rejectionOf(parser.parseWebhook(candidate));
      expect(error).toMatchObject({ reason: 'bad-signature' });
    }
    const { 'paypal-cert-url': _dropped, ...headers } = webhook.headers;
    expect(await rejectionOf(paypal.parseWebhook({ rawBody: webhook.rawBody, headers }))).toMatchObject({
      reason: 'missing-header',
    });
    const algo = { ...webhook, headers: { ...webhook.headers, 'paypal-auth-algo': 'SHA1withRSA' } };
    expect(await rejectionOf(paypal.parseWebhook(algo))).toMatchObject({ reason: 'malformed-header' });
  });

  it('refuses an expired certificate by the clock', async () => {
    const { webhook } = await paidInvoice('wh-expired');
    // The transmission age check is off here, so the certificate's own validity is what refuses it.
    const error = await rejectionOf(
      provider({ clock: () => new Date('2200-01-01T00:00:00Z'), transmissionToleranceSeconds: 0 }).parseWebhook(
        webhook,
      ),
    );
    expect(error).toMatchObject({ reason: 'untrusted-certificate' });
  });

  it('reports a certificate download failure as a retryable ApiCallError, not a forgery', async () => {
    const paypal = provider({
      fetchCertificate: async () => {
        throw new Error('ECONNRESET');
      },
    });
    const { webhook } = await paidInvoice('wh-download');
    const error = await rejectionOf(paypal.parseWebhook(webhook));
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'unavailable', isRetryable: true });
  });
});

describe('API verification (verify-webhook-signature)', () => {
  it('splices the raw body in verbatim as webhook_event', () => {
    const raw = '{"id":"WH-1","event_type":"X","resource":{"amount":1.0}}';
    const body = payPalVerifySignatureBody(
      raw,
      {
        transmissionId: 't-1',
        transmissionTime: '2026-12-15T12:00:00Z',
        transmissionSig: 'c2ln',
        certUrl: 'https://api.paypal.com/v1/notifications/certs/CERT-1',
        authAlgo: 'SHA256withRSA',
      },
      'WHID',
    );
    expect(body).toBe(
      '{"auth_algo":"SHA256withRSA","cert_url":"https://api.paypal.com/v1/notifications/certs/CERT-1",' +
        '"transmission_id":"t-1","transmission_sig":"c2ln","transmission_time":"2026-12-15T12:00:00Z",' +
        '"webhook_id":"WHID","webhook_event":{"id":"WH-1","event_type":"X","resource":{"amount":1.0}}}',
    );
  });

  it('verifies by asking the emulator, byte-exact even with `1.0` in the body, and refuses a forgery', async () => {
    const paypal = provider({ verification: 'api' });
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'wh-api' });
    const { webhook } = emulator().pay(link.id);
    const before = emulator().counts().signatureVerifications;
    const start = emulator().requests.length;
    await expect(paypal.parseWebhook(webhook)).resolves.toMatchObject({
      type: 'payment-succeeded',
      paymentId: link.id,
    });
    const postback = emulator()
      .requests.slice(start)
      .find((request) => request.url === '/v1/notifications/verify-webhook-signature');
    expect(postback?.rawBody.endsWith(`"webhook_event":${webhook.rawBody}}`)).toBe(true);
    expect(postback?.body).toMatchObject({
      auth_algo: 'SHA256withRSA',
      cert_url: emulator().certUrl,
      transmission_id: webhook.headers['paypal-transmission-id'],
      transmission_sig: webhook.headers['paypal-transmission-sig'],
      transmission_time: webhook.headers['paypal-transmission-time'],
      webhook_id: testCredentials.webhookId,
    });
    expect(validatePayPalRequest('notifications_webhooks_v1', 'verify_webhook_signature', postback?.body)).toEqual([]);
    // JSON.parse + JSON.stringify would turn 1.0 into 1 and change the CRC32; the splice keeps it.
    const withDecimal = emulator().sign('{"id":"WH-DEC","event_type":"CUSTOM.EVENT","resource":{"amount":1.0}}');
    await expect(paypal.parseWebhook(withDecimal)).resolves.toMatchObject({
      type: 'unsupported',
      providerEventType: 'CUSTOM.EVENT',
    });
    const tampered = { ...webhook, rawBody: webhook.rawBody.replace('1234.50', '1.00') };
    expect(await rejectionOf(paypal.parseWebhook(tampered))).toMatchObject({ reason: 'bad-signature' });
    const forged = signPayPalWebhook({
      body: webhook.rawBody,
      transmissionTime: webhook.headers['paypal-transmission-time'],
      webhookId: testCredentials.webhookId,
      certUrl: emulator().certUrl,
      privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
        type: 'pkcs8',
        format: 'pem',
      }) as string,
    });
    expect(await rejectionOf(paypal.parseWebhook(forged))).toMatchObject({ reason: 'bad-signature' });
    expect(emulator().counts().signatureVerifications).toBe(before + 4);
  });
});

describe('event mapping', () => {
  it('maps invoice, capture and refund events', async () => {
    const paypal = provider();
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'wh-map' });
    const invoice = structuredClone(emulator().invoices.get(link.id) ?? {});
    const money = toPayPalMoney(linkInput.amount);
    const capture = {
      id: '5CA0000000000000X',
      amount: money,
      custom_id: 'INV-2026-0042',
      create_time: '2026-12-15T12:00:00Z',
    };
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [
        'INVOICING.INVOICE.PAID',
        { invoice: { ...invoice, status: 'PARTIALLY_PAID' } },
        { type: 'payment-pending', paymentId: link.id },
      ],
      [
        'INVOICING.INVOICE.CANCELLED',
        { invoice },
        { type: 'link-expired', linkId: link.id, invoiceReference: 'INV-2026-0042' },
      ],
      [
        'PAYMENT.CAPTURE.COMPLETED',
        { ...capture, status: 'COMPLETED' },
        { type: 'payment-succeeded', paymentId: capture.id, invoiceReference: 'INV-2026-0042' },
      ],
      [
        'PAYMENT.CAPTURE.PENDING',
        { ...capture, status: 'PENDING' },
        { type: 'payment-pending', paymentId: capture.id },
      ],
      [
        'PAYMENT.CAPTURE.DENIED',
        { ...capture, status: 'DECLINED', status_details: { reason: 'OTHER' } },
        { type: 'payment-failed', failureReason: 'OTHER' },
      ],
      [
        'PAYMENT.CAPTURE.REFUNDED',
        {
          id: '6RF0000000000000X',
          status: 'COMPLETED',
          amount: { currency_code: 'MXN', value: '100.00' },
          links: [{ rel: 'up', href: `https://api-m.paypal.com/v2/payments/captures/${capture.id}` }],
        },
        {
          type: 'payment-refunded',
          paymentId: capture.id,
          refundId: '6RF0000000000000X',
          amountRefunded: { amountMinor: 10_000, currency: 'MXN' },
        },
      ],
      [
        'CUSTOMER.DISPUTE.CREATED',
        { id: 'PP-D-1' },
        { type: 'unsupported', providerEventType: 'CUSTOMER.DISPUTE.CREATED' },
      ],
      [
        'CHECKOUT.ORDER.APPROVED',
        { id: 'ORDERINVOICEMODE' },
        { type: 'unsupported', providerEventType: 'CHECKOUT.ORDER.APPROVED' },
      ],
    ];
    for (const [eventType, resource, expected] of cases) {
      const event = await paypal.parseWebhook(emulator().emit(eventType, resource));
      expect(event, eventType).toMatchObject(expected);
      expect(Date.parse(event.occurredAt)).not.toBeNaN();
    }
  });

  it('captures an approved order on CHECKOUT.ORDER.APPROVED (order mode), once, even when redelivered', async () => {
    const paypal = provider({ linkType: 'order' });
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'wh-approve' });
    const { webhook } = emulator().approve(link.id);
    const captures = emulator().counts().captures;
    const event = await paypal.parseWebhook(webhook);
    expect(event).toMatchObject({ type: 'payment-succeeded', linkId: link.id, invoiceReference: 'INV-2026-0042' });
    if (event.type !== 'payment-succeeded') throw new Error(event.type);
    const again = await paypal.parseWebhook(webhook);
    expect(again).toMatchObject({ eventId: event.eventId, paymentId: event.paymentId });
    expect(emulator().counts().captures).toBe(captures + 1);
    await expect(paypal.getPayment({ paymentId: event.paymentId })).resolves.toMatchObject({
      status: 'succeeded',
      amount: linkInput.amount,
      linkId: link.id,
    });
  });

  it('reports a declined capture after approval as payment-failed', async () => {
    const paypal = provider({ linkType: 'order' });
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'wh-declined' });
    const { webhook } = emulator().approve(link.id, { captureStatus: 'DECLINED' });
    await expect(paypal.parseWebhook(webhook)).resolves.toMatchObject({ type: 'payment-failed', linkId: link.id });
  });
});
