import { createWhatsAppEmulator } from '@cobro/testing';
import { buildTemplateMessage, createPacer, createWhatsAppCloudClient } from '@cobro/whatsapp-cloud';
import { expect, it } from 'vitest';

it('5,000 template sends to 500 recipients arrive within 1,000/s per number and one per 6 s per recipient (emulator log)', async () => {
  // A virtual clock shared by the pacer and the emulator: the pacer "sleeps" by moving it to the reserved slot.
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const emulator = await createWhatsAppEmulator({ appSecret: 's', now: () => new Date(clock) });
  const pacer = createPacer({
    messagesPerSecond: 1000,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
  });
  const client = createWhatsAppCloudClient({
    accessToken: emulator.accessToken,
    phoneNumberId: '106540352242922',
    graphApiVersion: 'v25.0',
    baseURL: emulator.baseURL,
    pacing: pacer,
  });
  const message = buildTemplateMessage({
    name: 'cobro_reminder_due_today',
    language: 'es',
    parameters: { name: 'Ana' },
  });
  try {
    for (let index = 0; index < 5000; index++) {
      await client.sendMessage(message, { to: { phone: `+52155${String(index % 500).padStart(8, '0')}` } });
    }
  } finally {
    await emulator.close();
  }

  const log = emulator.requests.map((request) => ({ to: request.body.to as string, at: request.at.getTime() }));
  expect(log).toHaveLength(5000);
  let busiestSecond = 0;
  for (let first = 0, last = 0; last < log.length; last++) {
    while (log[last]!.at - log[first]!.at >= 1000) first++;
    busiestSecond = Math.max(busiestSecond, last - first + 1);
  }
  expect(busiestSecond).toBeLessThanOrEqual(1000);
  const lastByRecipient = new Map<string, number>();
  let closestPair = Number.POSITIVE_INFINITY;
  for (const { to, at } of log) {
    const previous = lastByRecipient.get(to);
    if (previous !== undefined) closestPair = Math.min(closestPair, at - previous);
    lastByRecipient.set(to, at);
  }
  expect(closestPair).toBeGreaterThanOrEqual(6000);
});
