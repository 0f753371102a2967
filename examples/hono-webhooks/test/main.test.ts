import { afterEach, describe, expect, it } from 'vitest';
import { localSecrets } from '../src/local-emulators';
import { type MainProcess, runMain } from './run-main';

describe('pnpm start without credentials', () => {
  let main: MainProcess | undefined;
  afterEach(async () => {
    await main?.stop();
  });

  it('serves the webhooks against the emulators: handshake, payment page, STOP, then stops on SIGTERM', async () => {
    main = runMain({ PORT: '0' });
    const [, url] = await main.waitFor(/listening \{"url":"(http:\/\/127\.0\.0\.1:\d+)"/);

    const handshake = await fetch(
      `${url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${localSecrets.whatsappVerifyToken}&hub.challenge=7`,
    );
    expect(handshake.status).toBe(200);
    expect(await handshake.text()).toBe('7');

    // The customer opens the printed link and pays by card; the Conekta emulator POSTs the signed event to the app.
    const [, payPage] = await main.waitFor(/Pay it [^:]*: (http:\/\/\S+)/);
    const paid = await fetch(payPage!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'method=card',
    });
    expect(paid.status).toBe(200);
    await main.waitFor(/invoice paid \{"invoiceId":"fj-1187"\}/);

    // The printed STOP command is a valid signed webhook.
    const [, signature, body] = await main.waitFor(/x-hub-signature-256: (sha256=[0-9a-f]+)' --data-raw '(.*)'/);
    const stop = await fetch(`${url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature! },
      body: body!,
    });
    expect(stop.status).toBe(200);
    await main.waitFor(/customer opted out \{"customerId":"c-carlos"\}/);

    expect(await main.stop()).toBe(0);
    expect(main.output()).toContain('stopping {"signal":"SIGTERM"}');
    // Log lines name customers by id; the number only appears in the printed STOP command's webhook body.
    const logLines = main
      .output()
      .split('\n')
      .filter((line) => /^(info|warn|error)\s/.test(line));
    expect(logLines.length).toBeGreaterThan(5);
    expect(logLines.join('\n')).not.toMatch(/5512345678|55 1234 5678/);
  }, 120_000);
});
