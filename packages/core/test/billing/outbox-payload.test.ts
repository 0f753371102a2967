import { describe, expect, it } from 'vitest';
import { type OutboxPayload, toStoredPayload } from '../../src/billing/outbox-payload';

describe('toStoredPayload', () => {
  it('stores what a JSON round trip would, as a copy', () => {
    const payload = {
      contactKind: 'reminder',
      messageKey: 'reminder-overdue',
      invoiceIds: ['inv_1'],
      slotKeys: undefined,
      content: {
        kind: 'cta-url',
        text: 'Hola',
        buttonLabel: 'Pagar',
        url: 'https://pay.example/1',
        previewUrl: undefined,
      },
      template: {
        name: 'cobro_reminder_overdue',
        language: 'es_MX',
        parameters: { name: 'Ana', odd: Number.NaN, list: [undefined, 1, true, null] },
        at: new Date('2026-11-24T18:05:00.000Z'),
      },
      text: 'Hola',
    } as unknown as OutboxPayload;
    const stored = toStoredPayload(payload);
    expect(stored).toStrictEqual(JSON.parse(JSON.stringify(payload)));
    expect((stored as { invoiceIds: unknown }).invoiceIds).not.toBe(payload.invoiceIds);
  });
});
