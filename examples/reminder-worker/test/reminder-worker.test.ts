import { EventEmitter } from 'node:events';
import { defaultReminderPolicy, resolvePolicy } from '@cobro/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoCustomers } from '../src/demo-book';
import { stopOnSignals } from '../src/stop-on-signals';
import { createScenario, localTime, type Scenario } from './scenario';

const minutes = 60_000;
const end = '2027-02-01T06:00:00.000Z';
const customers = demoCustomers();
const zoneOf = (to: string) => {
  const customer = customers.find((each) => each.phone.replace('+', '') === to);
  if (!customer) throw new Error(`A message to an unknown number ${to}.`);
  return customer;
};
const parseClock = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
// Outbox keys are `<invoice id>:<stage, URI-encoded>`; a reminder's stage is `reminder:<invoice>:<n>:<policy stage>`.
const stageOf = (reference: string) => {
  const stage = decodeURIComponent(reference.slice(reference.indexOf(':') + 1));
  return stage.startsWith('reminder:') ? stage.split(':').at(-1) : stage;
};

describe('four weeks, two workers (every 25 and 40 minutes) sharing one memory store', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await createScenario([25 * minutes, 40 * minutes]);
    for (const worker of scenario.workers) worker.start();
    // Lucía pays on Tuesday 19 January at noon in Tijuana; the app books the signed Conekta webhook.
    await scenario.time.advanceTo('2027-01-19T20:00:00.000Z');
    const [link] = await scenario.store.listPaymentLinks('fj-2002');
    const { webhook } = scenario.emulators.conekta.pay(link!.linkId);
    expect((await scenario.app.handlePaymentWebhook('conekta', webhook)).outcome).toBe('booked');
    await scenario.time.advanceTo(end);
  }, 120_000);
  afterAll(() => scenario?.close());

  it('sends each message exactly once', async () => {
    const references = scenario.messages().map((message) => message.reference);
    expect(new Set(references).size).toBe(references.length);
    expect((await scenario.store.listOutbox({})).map((entry) => entry.state)).toEqual(references.map(() => 'sent'));
  });

  it('sends every stage of the policy to Carlos, and stops reminding Lucía once she paid', () => {
    const stages = (to: string) =>
      scenario
        .messages()
        .filter((message) => message.to === to)
        .map((message) => stageOf(message.reference));
    expect(stages('525512345678')).toEqual(['invoice-sent', 'before-3', 'due', 'after-3', 'after-7', 'after-14']);
    expect(stages('526641234567')).toEqual([
      'invoice-sent',
      'before-3',
      'due',
      'after-3',
      expect.stringMatching(/^payment:conekta:/),
    ]);
  });

  it('sends only at lawful hours in each customer’s own zone, reminders within one tick of 10:00', () => {
    for (const message of scenario.messages()) {
      const customer = zoneOf(message.to);
      const policy = resolvePolicy({ policy: defaultReminderPolicy, customer });
      const local = localTime(message.at, customer.timeZone);
      const minute = parseClock(local.time);
      expect(minute).toBeGreaterThanOrEqual(parseClock(policy.window.start));
      expect(minute).toBeLessThan(parseClock(policy.window.end));
      expect(policy.allowedWeekdays).toContain(local.weekday);
      // Mexico's preset: Monday to Friday only.
      expect(local.weekday).toBeGreaterThanOrEqual(1);
      expect(local.weekday).toBeLessThanOrEqual(5);
      if (!stageOf(message.reference)?.startsWith('invoice') && !stageOf(message.reference)?.startsWith('payment')) {
        expect(minute).toBeGreaterThanOrEqual(parseClock('10:00'));
        expect(minute).toBeLessThan(parseClock('10:25'));
      }
    }
    // The same stage reaches Mexico City and Tijuana two hours apart: each at 10:00 in their own zone.
    const dueDay = scenario.messages().filter((message) => stageOf(message.reference) === 'due');
    expect(dueDay.map((message) => localTime(message.at, zoneOf(message.to).timeZone).date)).toEqual([
      '2027-01-15',
      '2027-01-15',
    ]);
    expect(Math.abs(dueDay[1]!.at.getTime() - dueDay[0]!.at.getTime())).toBe(120 * minutes);
  });

  it('shares the work: both workers sent, and their counts add up to the messages', () => {
    const [first, second] = scenario.workers.map((worker) => worker.stats());
    expect(first!.sent).toBeGreaterThan(0);
    expect(second!.sent).toBeGreaterThan(0);
    // The webhook only queued the payment confirmation: a worker's drain sent it, like every other message.
    expect(first!.sent + second!.sent).toBe(scenario.messages().length);
    expect(first!.failures + second!.failures).toBe(0);
    expect(scenario.logs.filter((line) => line.startsWith('info reminder worker: sent'))).toHaveLength(
      scenario.messages().length,
    );
    expect(scenario.logs.join('\n')).not.toMatch(/5512345678|6641234567/);
  });
});

describe('two workers ticking at the very same instants', () => {
  let scenario: Scenario;
  afterEach(() => scenario?.close());

  it('contend for the same customers and still send each message once', async () => {
    scenario = await createScenario([30 * minutes, 30 * minutes]);
    for (const worker of scenario.workers) worker.start();
    await scenario.time.advanceTo('2027-01-16T06:00:00.000Z');

    const references = scenario.messages().map((message) => message.reference);
    expect(references.map(stageOf).sort()).toEqual(
      ['invoice-sent', 'invoice-sent', 'before-3', 'before-3', 'due', 'due'].sort(),
    );
    expect(new Set(references).size).toBe(6);
    const stats = scenario.workers.map((worker) => worker.stats());
    // Every tick both ran at once; each due customer went to one of them.
    expect(stats.map((each) => each.runs)).toEqual([576, 576]);
    expect(stats.reduce((sum, each) => sum + each.customersDrained, 0)).toBeGreaterThan(0);
    expect(stats.reduce((sum, each) => sum + each.sent, 0)).toBe(6);
  }, 60_000);
});

describe('stopping', () => {
  let scenario: Scenario;
  afterEach(() => scenario?.close());

  it('stops on SIGTERM: the run in flight finishes, no run starts afterwards', async () => {
    scenario = await createScenario([30 * minutes]);
    const [worker] = scenario.workers;
    // Started at 00:15 in Mexico City, it ticks at :15 and :45.
    await scenario.time.advanceTo('2027-01-04T06:15:00.000Z');
    worker!.start();
    // Tuesday 12 January, 10:05 in Mexico City: Carlos's reminder is due since 10:00, the next tick is at 10:15.
    await scenario.time.advanceTo('2027-01-12T16:05:00.000Z');
    const before = scenario.messages().length;
    expect(before).toBe(2);

    // A run is in flight, sending that reminder, when SIGTERM arrives.
    const signals = new EventEmitter();
    let stopped: Promise<void> | undefined;
    stopOnSignals(
      () => {
        stopped = worker!.stop();
        return stopped;
      },
      { source: signals },
    );
    const inFlight = worker!.tick();
    let finished = false;
    void inFlight.then(() => {
      finished = true;
    });
    signals.emit('SIGTERM', 'SIGTERM');
    await stopped;
    expect(finished).toBe(true);
    expect((await inFlight)?.sent).toBe(1);
    expect(scenario.messages()).toHaveLength(before + 1);

    const runs = worker!.stats().runs;
    await scenario.time.advanceTo(end);
    expect(worker!.stats().runs).toBe(runs);
    expect(await worker!.tick()).toBeUndefined();
    expect(scenario.messages()).toHaveLength(before + 1);
    expect(scenario.logs.at(-1)).toContain('reminder worker: stopped');
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
  }, 60_000);

  it('skips a tick while the previous run is still going', async () => {
    scenario = await createScenario([30 * minutes]);
    const [worker] = scenario.workers;
    await scenario.time.advanceTo('2027-01-04T15:30:00.000Z');
    const [first, second] = await Promise.all([worker!.tick(), worker!.tick()]);
    expect(first?.sent).toBe(1);
    expect(second).toBeUndefined();
    expect(worker!.stats()).toMatchObject({ runs: 1, overlapsSkipped: 1, sent: 1 });
  });
});
