import { constants, generateKeyPairSync, sign } from 'node:crypto';
import { WebhookVerificationError } from '@cobro/core';
import { generateConektaWebhookKeyPair, signConektaWebhook } from '@cobro/testing';
import { describe, expect, it } from 'vitest';
import { importConektaWebhookPublicKey, verifyConektaSignature } from '../src/verify-conekta-signature';

const keyPair = generateConektaWebhookKeyPair();
const otherKeyPair = generateConektaWebhookKeyPair();
const event = {
  data: {
    object: { id: 'ord_2tN73UdUSNrYRPD9r', object: 'order', amount: 150000, currency: 'MXN', payment_status: 'paid' },
  },
  livemode: false,
  id: '63efa757cf65380001aec040',
  object: 'event',
  type: 'order.paid',
  created_at: 1676390742,
};
// Whitespace and key order as Conekta sends them need not match JSON.stringify: the bytes are what is signed.
const rawBody = `{"data":{"object":{"id":"ord_2tN73UdUSNrYRPD9r","object":"order","amount":150000,"currency":"MXN","payment_status":"paid"}},\n "livemode":false,"id":"63efa757cf65380001aec040","object":"event","type":"order.paid","created_at":1676390742,"note":"Añejo ✓"}`;

async function reasonOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    return (error as WebhookVerificationError).reason;
  }
}

describe('verifyConektaSignature', () => {
  it('accepts a digest made with node:crypto RSA-SHA256 (PKCS#1 v1.5) over the raw UTF-8 bytes', async () => {
    const digest = sign('sha256', Buffer.from(rawBody, 'utf8'), keyPair.privateKey).toString('base64');
    await expect(verifyConektaSignature({ rawBody, digest, publicKey: keyPair.publicKey })).resolves.toBeUndefined();
    // The same bytes as a Uint8Array verify too.
    await expect(
      verifyConektaSignature({ rawBody: new TextEncoder().encode(rawBody), digest, publicKey: keyPair.publicKey }),
    ).resolves.toBeUndefined();
  });

  it('accepts the key with literal \\n escapes, as it sits in JSON or a one-line environment variable', async () => {
    const { rawBody: body, headers } = signConektaWebhook({ body: event, privateKey: keyPair.privateKey });
    const oneLine = keyPair.publicKey.replace(/\n/g, '\\n');
    await expect(
      verifyConektaSignature({ rawBody: body, digest: headers.digest, publicKey: oneLine }),
    ).resolves.toBeUndefined();
  });

  it('refuses a tampered body, a re-serialised body, another key and a truncated signature', async () => {
    const digest = sign('sha256', Buffer.from(rawBody, 'utf8'), keyPair.privateKey).toString('base64');
    const tampered = rawBody.replace('150000', '1');
    expect(await reasonOf(verifyConektaSignature({ rawBody: tampered, digest, publicKey: keyPair.publicKey }))).toBe(
      'bad-signature',
    );
    const reserialised = JSON.stringify(JSON.parse(rawBody));
    expect(
      await reasonOf(verifyConektaSignature({ rawBody: reserialised, digest, publicKey: keyPair.publicKey })),
    ).toBe('bad-signature');
    expect(await reasonOf(verifyConektaSignature({ rawBody, digest, publicKey: otherKeyPair.publicKey }))).toBe(
      'bad-signature',
    );
    expect(
      await reasonOf(verifyConektaSignature({ rawBody, digest: digest.slice(0, 40), publicKey: keyPair.publicKey })),
    ).toBe('bad-signature');
  });

  it('refuses a PSS signature and a SHA-1 signature: only PKCS#1 v1.5 with SHA-256 is Conekta', async () => {
    const pss = sign('sha256', Buffer.from(rawBody), {
      key: keyPair.privateKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
    }).toString('base64');
    const sha1 = sign('sha1', Buffer.from(rawBody), keyPair.privateKey).toString('base64');
    expect(await reasonOf(verifyConektaSignature({ rawBody, digest: pss, publicKey: keyPair.publicKey }))).toBe(
      'bad-signature',
    );
    expect(await reasonOf(verifyConektaSignature({ rawBody, digest: sha1, publicKey: keyPair.publicKey }))).toBe(
      'bad-signature',
    );
  });

  it('refuses a missing or non-base64 digest before touching the key', async () => {
    expect(await reasonOf(verifyConektaSignature({ rawBody, digest: undefined, publicKey: 'not a key' }))).toBe(
      'missing-header',
    );
    expect(await reasonOf(verifyConektaSignature({ rawBody, digest: '  ', publicKey: 'not a key' }))).toBe(
      'missing-header',
    );
    expect(await reasonOf(verifyConektaSignature({ rawBody, digest: 'sha256=%%%', publicKey: 'not a key' }))).toBe(
      'malformed-header',
    );
  });

  it('refuses a configured key that is not an RSA public key, without echoing it', async () => {
    const ec = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    for (const bad of ['-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----', ec.publicKey]) {
      const error = await importConektaWebhookPublicKey(bad).catch((caught: unknown) => caught);
      expect(WebhookVerificationError.isInstance(error)).toBe(true);
      expect((error as WebhookVerificationError).reason).toBe('untrusted-certificate');
      expect((error as Error).message).not.toContain('nope');
    }
  });
});
