import './load-all-holidays';
import {
  type ContactAttempt,
  checkContact,
  createCustomer,
  defaultReminderPolicy,
  type ReminderPolicy,
  resolvePolicy,
} from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const people = [
  { country: 'US', subdivision: 'MA', phone: '+16175550143', zone: 'America/New_York' },
  { country: 'BR', subdivision: 'SP', phone: '+5511987654321', zone: 'America/Sao_Paulo' },
  { country: 'AU', subdivision: 'NT', phone: '+61412345678', zone: 'Australia/Darwin' },
  { country: 'ES', subdivision: 'NC', phone: '+34612345678', zone: 'Europe/Madrid' },
  { country: 'MX', phone: '+525512345678', zone: 'America/Mexico_City' },
  { country: 'GB', subdivision: 'SCT', phone: '+447911123456', zone: 'Europe/London' },
] as const;
const policies: ReminderPolicy[] = [
  defaultReminderPolicy,
  { ...defaultReminderPolicy, minimumGapMinutes: 90, caps: { ...defaultReminderPolicy.caps, perCustomerPerDay: 3 } },
  { ...defaultReminderPolicy, window: { start: '08:00', end: '12:00' }, allowedWeekdays: [1, 2, 3, 4, 5, 6, 7] },
];
const minute = 60_000;
const start = Date.parse('2026-01-01T00:00:00Z');

// A customer, a policy and a full history: sends in the past and messages already planned after the instant checked.
const scenario = fc.record({
  person: fc.constantFrom(...people),
  policy: fc.constantFrom(...policies),
  atMinutes: fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }),
  history: fc.array(
    fc.record({ hours: fc.integer({ min: -24 * 35, max: 24 * 10 }), invoice: fc.constantFrom('inv-0', 'inv-1') }),
    { maxLength: 8 },
  ),
});

describe('the gate’s next allowed instant', () => {
  it('is allowed, and no instant between the refused one and it is', () => {
    fc.assert(
      fc.property(scenario, ({ person, policy, atMinutes, history: sends }) => {
        const customer = createCustomer({
          id: 'c-1',
          name: 'Ana',
          phone: person.phone,
          locale: 'en',
          timeZone: person.zone,
          country: person.country,
          subdivision: 'subdivision' in person ? person.subdivision : undefined,
          optIn: { at: '2025-01-01T00:00:00.000Z', source: 'checkout', evidence: 'box' },
        });
        const resolved = resolvePolicy({ policy, customer });
        const at = start + atMinutes * minute;
        const history = sends.map(
          (send): ContactAttempt => ({
            at: new Date(at + send.hours * 3_600_000).toISOString(),
            customerId: 'c-1',
            invoiceIds: [send.invoice],
            kind: 'reminder',
          }),
        );
        const check = (instant: number) =>
          checkContact({
            customer,
            policy: resolved,
            history,
            at: new Date(instant).toISOString(),
            invoiceIds: ['inv-0'],
          });
        const decision = check(at);
        if (decision.allowed || decision.nextAllowedAt === undefined) return;
        const next = Date.parse(decision.nextAllowedAt);
        expect(next).toBeGreaterThan(at);
        expect(check(next).allowed).toBe(true);
        // Every minute before it stays refused: sampled on a stride (at most 600 checks) and the minute before.
        const stride = Math.max(minute, Math.ceil((next - at) / 600 / minute) * minute);
        for (let instant = at; instant < next; instant += stride) {
          expect(check(instant).allowed, new Date(instant).toISOString()).toBe(false);
        }
        expect(check(next - minute).allowed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
