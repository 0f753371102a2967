import { WebhookVerificationError } from '@cobro/core';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { verifyStripeSignatureOnNode, verifyStripeSignatureWithWebCrypto } from '../src/verify-stripe-signature';
import { fixedNow, testWebhookSecret, useStripeEmulator } from './support/setup';

const { provider } = useStripeEmulator();
const nowSeconds = fixedNow.getTime() / 1000;
const payload = JSON.stringify({
  id: 'evt_strict',
  object: 'event',
  created: nowSeconds,
  type: 'customer.created',
  data: { object: { id: 'cus_1', object: 'customer' } },
});
const stripe = new Stripe('sk_test_strictness');
const genuine = Stripe.webhooks.generateTestHeaderString({ payload, secret: testWebhookSecret, timestamp: nowSeconds });
const signature = genuine.split('v1=')[1] as string;

/** What stripe-node decides for a header, on the same clock. */
function stripeNodeAccepts(header: string): boolean {
  try {
    stripe.webhooks.constructEvent(payload, header, testWebhookSecret, 300, undefined, fixedNow.getTime());
    return true;
  } catch {
    return false;
  }
}

async function cobroAccepts(header: string): Promise<boolean> {
  try {
    await provider().parseWebhook({ rawBody: payload, headers: { 'stripe-signature': header } });
    return true;
  } catch (error) {
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    return false;
  }
}

const variants: readonly (readonly [string, string])[] = [
  ['the genuine header', genuine],
  ['upper-case hex', `t=${nowSeconds},v1=${signature.toUpperCase()}`],
  ['a space after the comma', `t=${nowSeconds}, v1=${signature}`],
  ['a space before the value', `t=${nowSeconds},v1= ${signature}`],
  ['a space around the key', `t=${nowSeconds}, v1 =${signature}`],
  ['a leading space', ` t=${nowSeconds},v1=${signature}`],
  ['a trailing space on the signature', `t=${nowSeconds},v1=${signature} `],
  ['a tab', `t=${nowSeconds},\tv1=${signature}`],
  ['an upper-case key', `T=${nowSeconds},V1=${signature}`],
  ['a signature one character short', `t=${nowSeconds},v1=${signature.slice(1)}`],
  ['the signature followed by garbage after =', `t=${nowSeconds},v1=${signature}=x`],
  ['v0 only', `t=${nowSeconds},v0=${signature}`],
  ['the signature first, then the timestamp', `v1=${signature},t=${nowSeconds}`],
  ['a second, wrong v1 entry', `t=${nowSeconds},v1=${'0'.repeat(64)},v1=${signature}`],
  ['a second, later timestamp', `t=${nowSeconds},v1=${signature},t=${nowSeconds + 1}`],
  ['a timestamp with a plus sign', `t=+${nowSeconds},v1=${signature}`],
  ['a timestamp with a fraction', `t=${nowSeconds}.0,v1=${signature}`],
  ['no timestamp', `v1=${signature}`],
  ['an empty header', ''],
];

describe('Stripe-Signature is parsed no more leniently than stripe-node', () => {
  it.each(variants)('%s: refused whenever stripe-node refuses it', async (_name, header) => {
    const official = stripeNodeAccepts(header);
    const ours = await cobroAccepts(header);
    if (!official) expect(ours).toBe(false);
    // Whatever stripe-node accepts from a genuine signature, cobro accepts too (never stricter on what Stripe sends).
    if (header === genuine || header === `v1=${signature},t=${nowSeconds}`) expect(ours).toBe(official);
  });

  it('refuses upper-case hex and spaces, which the earlier parser accepted', async () => {
    expect(await cobroAccepts(`t=${nowSeconds},v1=${signature.toUpperCase()}`)).toBe(false);
    expect(await cobroAccepts(`t=${nowSeconds}, v1=${signature}`)).toBe(false);
    expect(await cobroAccepts(`t=${nowSeconds},v1=${signature} `)).toBe(false);
    expect(await cobroAccepts(genuine)).toBe(true);
  });
});

describe('the WebCrypto path (edge runtimes) decides as the Node path does', () => {
  it.each(variants)('%s', async (_name, header) => {
    const options = {
      rawBody: payload,
      header,
      secrets: [testWebhookSecret],
      toleranceSeconds: 300,
      nowMs: fixedNow.getTime(),
    };
    const decide = async (verify: () => unknown) => {
      try {
        await verify();
        return 'accepted';
      } catch (error) {
        return (error as WebhookVerificationError).reason;
      }
    };
    expect(await decide(() => verifyStripeSignatureWithWebCrypto(options))).toBe(
      await decide(() => verifyStripeSignatureOnNode(options)),
    );
  });
});

describe('the MAC is compared byte for byte against the hex where it stands in the header', () => {
  it('refuses the genuine signature with any one hex digit changed, alone or beside another wrong entry', async () => {
    const hex = '0123456789abcdef';
    for (let position = 0; position < 64; position++) {
      const digit = signature[position] as string;
      const changed = `${signature.slice(0, position)}${hex[(hex.indexOf(digit) + 1) % 16]}${signature.slice(position + 1)}`;
      expect(stripeNodeAccepts(`t=${nowSeconds},v1=${changed}`)).toBe(false);
      expect(await cobroAccepts(`t=${nowSeconds},v1=${changed}`)).toBe(false);
      expect(await cobroAccepts(`t=${nowSeconds},v1=${changed},v1=${'f'.repeat(64)}`)).toBe(false);
    }
  });

  it('accepts the genuine signature in any place among wrong ones, with v0 and unknown schemes beside it', async () => {
    const wrong = 'a'.repeat(64);
    for (const header of [
      `t=${nowSeconds},v1=${wrong},v1=${signature}`,
      `t=${nowSeconds},v1=${signature},v1=${wrong}`,
      `v0=${wrong},t=${nowSeconds},v2=x,v1=${wrong},v1=${signature},`,
      `t=${nowSeconds},v1=${signature}=trailing`,
    ]) {
      expect(stripeNodeAccepts(header)).toBe(true);
      expect(await cobroAccepts(header)).toBe(true);
    }
  });

  it('reads the timestamp as stripe-node does: leading zeros allowed, the last t wins, 13 digits refused', async () => {
    expect(await cobroAccepts(`t=0${nowSeconds},v1=${signature}`)).toBe(
      stripeNodeAccepts(`t=0${nowSeconds},v1=${signature}`),
    );
    expect(await cobroAccepts(`t=x,t=${nowSeconds},v1=${signature}`)).toBe(true);
    expect(await cobroAccepts(`t=${nowSeconds},t=x,v1=${signature}`)).toBe(false);
    expect(await cobroAccepts(`t=0000${nowSeconds},v1=${signature}`)).toBe(false);
  });
});
