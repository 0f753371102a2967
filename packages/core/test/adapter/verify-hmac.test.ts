import { createHmac } from 'node:crypto';
import { computeHmac, timingSafeEqual, toHex, verifyHmacHex } from '@cobro/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('HMAC over raw bytes (WebCrypto)', () => {
  it('matches node:crypto for any secret and body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.uint8Array({ maxLength: 512 }), async (secret, body) => {
        const expected = createHmac('sha256', secret).update(body).digest('hex');
        expect(toHex(await computeHmac({ secret, data: body }))).toBe(expected);
        expect(await verifyHmacHex({ secret, data: body, signatureHex: expected.toUpperCase() })).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('signs a string as its UTF-8 bytes (accents, emoji, escaped slashes)', async () => {
    const body = '{"name":"José Ñandú 🎉","url":"https:\\/\\/example.com\\/x"}';
    const expected = createHmac('sha256', 'secret').update(Buffer.from(body, 'utf8')).digest('hex');
    expect(await verifyHmacHex({ secret: 'secret', data: body, signatureHex: expected })).toBe(true);
    const reserialised = JSON.stringify(JSON.parse(body));
    expect(reserialised).not.toBe(body);
    expect(await verifyHmacHex({ secret: 'secret', data: reserialised, signatureHex: expected })).toBe(false);
  });

  it('refuses non-hex and wrong-length signatures', async () => {
    expect(await verifyHmacHex({ secret: 's', data: 'x', signatureHex: 'zz' })).toBe(false);
    expect(await verifyHmacHex({ secret: 's', data: 'x', signatureHex: '' })).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
  });
});
