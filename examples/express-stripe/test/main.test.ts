import { afterEach, describe, expect, it } from 'vitest';
import { localSecrets } from '../src/local-emulators.js';
import { type MainProcess, runMain } from './run-main.js';

describe('pnpm start without credentials', () => {
  let main: MainProcess | undefined;
  afterEach(async () => {
    await main?.stop();
  });

  it('sends the demo invoice, books the emulated Stripe payment over HTTP, serves, and stops on SIGTERM', async () => {
    main = runMain({ PORT: '0' });
    const [, url] = await main.waitFor(/listening \{"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
    await main.waitFor(/stripe webhook delivered \{"status":200,"answer":"\{\\"outcome\\":\\"booked\\"\}"\}/);
    expect(main.output()).toContain('invoice paid {"invoiceId":"hb-2210"}');

    const handshake = await fetch(
      `${url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${localSecrets.whatsappVerifyToken}&hub.challenge=9`,
    );
    expect(handshake.status).toBe(200);
    expect(await handshake.text()).toBe('9');
    // Paid: the "Pay now" redirect has no open link any more.
    expect((await fetch(`${url}/pay/hb-2210`, { redirect: 'manual' })).status).toBe(404);

    expect(await main.stop()).toBe(0);
    expect(main.output()).toContain('stopping {"signal":"SIGTERM"}');
    expect(main.output()).not.toMatch(/6175550143|617 555 0143/);
  }, 30_000);
});
