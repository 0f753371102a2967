import { createHmac } from 'node:crypto';
import { nodeHmac, nodeHmacHex, nodeHmacMatchesHex } from '@cobro/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe("Node's synchronous HMAC with cached keys", () => {
  it('matches createHmac for any secret (text or bytes), any body and any split of the body into parts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.uint8Array({ maxLength: 80 })),
        fc.string(),
        fc.nat(),
        (secret, body, cut) => {
          const expected = createHmac('sha256', secret).update(body).digest('hex');
          const at = cut % (body.length + 1);
          expect(Buffer.from(nodeHmac({ secret, data: body }) as Uint8Array).toString('hex')).toBe(expected);
          expect(
            Buffer.from(nodeHmac({ secret, data: [body.slice(0, at), body.slice(at)] }) as Uint8Array).toString('hex'),
          ).toBe(expected);
          expect(nodeHmacHex({ secret, data: body })).toBe(expected);
          expect(nodeHmacMatchesHex({ secret, data: body, signaturesHex: ['00'.repeat(32), expected] })).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps each secret apart: a cached key is never used for another secret, even past the cache bound', () => {
    for (let index = 0; index < 150; index++) {
      const secret = `whsec_${index}_ñ`;
      expect(nodeHmacHex({ secret, data: 'body' })).toBe(createHmac('sha256', secret).update('body').digest('hex'));
    }
    expect(nodeHmacHex({ secret: 'whsec_3_ñ', data: 'body', algorithm: 'SHA-1' })).toBe(
      createHmac('sha1', 'whsec_3_ñ').update('body').digest('hex'),
    );
  });
});
