import { ApiCallError } from '@cobro/core';
import { describe, expect, it } from 'vitest';
import { createPayPalAccessTokenCache } from '../src/paypal-access-token';
import { fixedNow, linkInput, rejectionOf, testCredentials, usePayPalEmulator } from './support/setup';

let nowMs = fixedNow.getTime();
const clock = () => new Date(nowMs);
const { emulator, provider } = usePayPalEmulator({ clock });

describe('OAuth2 access token', () => {
  it('shares one token request between concurrent callers, then reuses the token', async () => {
    const paypal = provider();
    const link = await provider().createPaymentLink({ ...linkInput, idempotencyKey: 'token-concurrent' });
    const before = emulator().counts().tokenRequests;
    await Promise.all(Array.from({ length: 8 }, () => paypal.getPayment({ paymentId: link.id })));
    expect(emulator().counts().tokenRequests).toBe(before + 1);
    await paypal.getPayment({ paymentId: link.id });
    expect(emulator().counts().tokenRequests).toBe(before + 1);
  });

  it('refreshes before expires_in runs out, once', async () => {
    const paypal = provider();
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'token-expiry' });
    const before = emulator().counts().tokenRequests;
    nowMs += 32_400_000 - 4 * 60_000; // inside the 5-minute refresh margin of the 9-hour token
    await Promise.all([paypal.getPayment({ paymentId: link.id }), paypal.getPayment({ paymentId: link.id })]);
    expect(emulator().counts().tokenRequests).toBe(before + 1);
  });

  it('refreshes once and repeats the call when PayPal answers 401 to a cached token', async () => {
    const paypal = provider();
    const link = await paypal.createPaymentLink({ ...linkInput, idempotencyKey: 'token-401' });
    emulator().expireTokens();
    const before = emulator().counts().tokenRequests;
    await expect(paypal.getPayment({ paymentId: link.id })).resolves.toMatchObject({ id: link.id });
    expect(emulator().counts().tokenRequests).toBe(before + 1);
  });

  it('reports refused credentials as auth, without the secret', async () => {
    const paypal = provider({ clientSecret: 'WRONG-secret-value-never-shown' });
    const error = await rejectionOf<ApiCallError>(paypal.getPayment({ paymentId: 'INV2-AAAA-BBBB-CCCC-DDDD' }));
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'auth', statusCode: 401, providerCode: 'invalid_client', isRetryable: false });
    const text = `${error.message} ${JSON.stringify(error)} ${String(error.cause)}`;
    for (const secret of ['WRONG-secret-value-never-shown', testCredentials.clientSecret])
      expect(text).not.toContain(secret);
  });

  it('does not cache a failed token request', async () => {
    let calls = 0;
    const cache = createPayPalAccessTokenCache({
      clock,
      fetchToken: async () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return { accessToken: 'A21AAsecond', expiresInSeconds: 3600 };
      },
    });
    await expect(cache.get()).rejects.toThrow('boom');
    await expect(cache.get()).resolves.toBe('A21AAsecond');
    expect(cache.requestCount).toBe(2);
    cache.invalidate('A21AAother');
    await expect(cache.get()).resolves.toBe('A21AAsecond');
    expect(cache.requestCount).toBe(2);
  });
});
