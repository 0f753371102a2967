import {
  assertCustomer,
  assertInvoice,
  type Billing,
  type Customer,
  createBilling,
  createCustomer,
  createInvoice,
  createMemoryStore,
  type Invoice,
  type MessagingChannelV1,
  money,
  StaleVersionError,
  ValidationError,
} from '@cobro/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// These tests only write records: a channel that refuses to be used proves no send happens on the way.
const channel: MessagingChannelV1 = {
  specificationVersion: 'v1',
  channel: 'unused',
  send: async () => {
    throw new Error('no message is sent by saveCustomer or addInvoice');
  },
  parseWebhook: async () => {
    throw new Error('no webhook in these tests');
  },
  serviceWindow: () => ({ open: false }),
};

const customer: Customer = createCustomer({
  id: 'cus_1',
  name: 'Carlos Pérez',
  phone: '+52 55 1234 5678',
  locale: 'es-MX',
  timeZone: 'America/Mexico_City',
  country: 'MX',
});

const invoice: Invoice = createInvoice({
  id: 'inv_1',
  number: 'F-0001',
  customerId: 'cus_1',
  currency: 'MXN',
  lines: [{ description: 'Ramo de rosas', quantity: '2', unitPrice: money(50000, 'MXN'), taxRate: '16' }],
  issueDate: '2026-11-01',
  dueDate: '2026-11-15',
  businessTimeZone: 'America/Mexico_City',
  status: 'open',
});

function setUp(): { billing: Billing; created: Invoice[] } {
  const billing = createBilling({
    channel,
    store: createMemoryStore(),
    clock: () => new Date('2026-11-02T10:00:00Z'),
    business: { name: 'Florería Jacaranda' },
  });
  const created: Invoice[] = [];
  billing.events.on('invoice.created', (event) => created.push(event.invoice));
  return { billing, created };
}

async function refusal(write: Promise<unknown>): Promise<ValidationError> {
  const error = await write.then(
    () => {
      throw new Error('expected a ValidationError, but the write was accepted');
    },
    (caught: unknown) => caught,
  );
  if (!ValidationError.isInstance(error)) throw error;
  return error;
}

const paths = (error: ValidationError) => error.issues.map((issue) => issue.path);

describe('billing.saveCustomer refuses bad input before the store sees it', () => {
  it.each([
    ['phone', { phone: 'abc' }],
    ['timeZone', { timeZone: 'Mars/Olympus' }],
    ['name', { name: 'N'.repeat(10 * 1024 * 1024) }],
    ['locale', { locale: '12345' }],
    ['country', { country: 'ZZ' }],
  ])('a bad %s: ValidationError naming it, nothing stored', async (path, change) => {
    const { billing } = setUp();
    const error = await refusal(billing.saveCustomer({ ...customer, ...change } as Customer));
    expect(paths(error)).toContain(path);
    expect(await billing.store.getCustomer('cus_1')).toBeUndefined();
    expect(await billing.store.listCustomers()).toEqual([]);
  });

  it('a __proto__ key (as JSON.parse makes it): refused, nothing stored, no prototype touched', async () => {
    const { billing } = setUp();
    const hostile = JSON.parse(`{"__proto__":{"isAdmin":true},${JSON.stringify(customer).slice(1)}`);
    const error = await refusal(billing.saveCustomer(hostile));
    expect(paths(error)).toEqual(['__proto__']);
    expect(await billing.store.listCustomers()).toEqual([]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('a refused replacement leaves the stored customer as it was', async () => {
    const { billing } = setUp();
    await billing.saveCustomer(customer);
    await refusal(billing.saveCustomer({ ...customer, phone: '+52 55 1234 5678', name: '' }));
    expect(await billing.store.getCustomer('cus_1')).toEqual(customer);
    expect(await billing.store.listCustomers({ phone: '+525512345678' })).toEqual([customer]);
  });

  it('never echoes the phone number it refuses', async () => {
    const { billing } = setUp();
    const error = await refusal(billing.saveCustomer({ ...customer, phone: '+52 1 55 9876 5432' }));
    expect(paths(error)).toEqual(['phone']);
    expect(error.message).not.toContain('5432');
  });

  it('stores a valid customer as given', async () => {
    const { billing } = setUp();
    expect(await billing.saveCustomer(customer)).toEqual(customer);
    expect(await billing.store.getCustomer('cus_1')).toEqual(customer);
  });
});

describe('billing.addInvoice refuses bad input before the store sees it', () => {
  async function withCustomer() {
    const world = setUp();
    await world.billing.saveCustomer(customer);
    return world;
  }

  async function expectNothingStored(world: { billing: Billing; created: Invoice[] }) {
    expect(await world.billing.getInvoice('inv_1')).toBeUndefined();
    expect(await world.billing.store.findInvoiceByNumber('F-0001')).toBeUndefined();
    expect(await world.billing.store.listInvoices()).toEqual([]);
    expect(world.created).toEqual([]);
  }

  it.each([
    ['lines[0].quantity', { lines: [{ ...invoice.lines[0], quantity: '-2' }] }],
    ['balance.amountMinor', { balance: { amountMinor: 0.5, currency: 'MXN' } }],
    ['balance', { balance: money(1, 'MXN') }],
    ['status', { status: 'settled' }],
    ['dueDate', { dueDate: '15/11/2026' }],
    ['description', { description: 'D'.repeat(10 * 1024 * 1024) }],
    [
      'payments[0].amount',
      {
        payments: [
          {
            provider: 'manual',
            providerPaymentId: 'p1',
            amount: { amountMinor: -5, currency: 'MXN' },
            receivedAt: '2026-11-02T10:00:00Z',
          },
        ],
      },
    ],
  ])('a bad %s: ValidationError naming it, nothing stored', async (path, change) => {
    const world = await withCustomer();
    const error = await refusal(world.billing.addInvoice({ ...invoice, ...change } as Invoice));
    expect(error.subject).toBe('invoice');
    expect(paths(error)).toContain(path);
    await expectNothingStored(world);
  });

  it('an unknown customer: ValidationError naming customerId, nothing stored', async () => {
    const world = await withCustomer();
    const error = await refusal(world.billing.addInvoice({ ...invoice, customerId: 'cus_404' }));
    expect(error.issues).toEqual([
      { path: 'customerId', message: 'names no stored customer ("cus_404"); save it with saveCustomer first' },
    ]);
    await expectNothingStored(world);
  });

  it('a duplicate id: ValidationError naming the id; the stored invoice is untouched', async () => {
    const world = await withCustomer();
    const first = await world.billing.addInvoice(invoice);
    const error = await refusal(world.billing.addInvoice({ ...invoice, number: 'F-0002' }));
    expect(error.issues).toEqual([{ path: 'id', message: 'invoice "inv_1" already exists' }]);
    expect(error.message).toContain('"inv_1"');
    expect(StaleVersionError.isInstance(error.cause)).toBe(true);
    expect(await world.billing.getInvoice('inv_1')).toEqual(first);
    expect(await world.billing.store.findInvoiceByNumber('F-0002')).toBeUndefined();
    expect(world.created).toEqual([first]);
  });

  it('two adds of one id at once: one stored, the other refused naming the id', async () => {
    const world = await withCustomer();
    const results = await Promise.allSettled([
      world.billing.addInvoice(invoice),
      world.billing.addInvoice({ ...invoice, number: 'F-0002' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(ValidationError.isInstance(rejected.reason)).toBe(true);
    expect((rejected.reason as ValidationError).issues[0]?.path).toBe('id');
    expect(await world.billing.store.listInvoices()).toHaveLength(1);
  });

  it("stores what was checked: a change to the caller's object during the write does not reach the store", async () => {
    const world = await withCustomer();
    const mine = JSON.parse(JSON.stringify(invoice)) as { lines: { quantity: string }[]; customerId: string };
    const adding = world.billing.addInvoice(mine as unknown as Invoice);
    // addInvoice awaits the customer lookup after its check: change the object in that gap.
    (mine.lines[0] as { quantity: string }).quantity = '-1';
    mine.customerId = 'cus_404';
    const stored = await adding;
    expect(stored.lines[0]?.quantity).toBe('2');
    expect(stored.customerId).toBe('cus_1');
    expect(await world.billing.getInvoice('inv_1')).toEqual(stored);
  });

  it('stores a valid invoice at version 1 and announces it once', async () => {
    const world = await withCustomer();
    const stored = await world.billing.addInvoice({ ...invoice, version: 7 });
    expect(stored).toEqual({ ...invoice, version: 1 });
    expect(world.created).toEqual([stored]);
  });
});

describe('saveCustomer and addInvoice under random input (fast-check): a refused write stores nothing', () => {
  /** `record` with one field replaced by `replacement`, or a reserved key added at a random depth. */
  const mutated = (record: object) =>
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...Object.keys(record)), fc.anything({ maxDepth: 2 }))
        .map(([field, replacement]) => ({ ...record, [field]: replacement })),
      fc
        .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.boolean())
        .map(([key, nested]) =>
          JSON.parse(
            nested
              ? JSON.stringify(record).replace(/"(lines|optIn)":\[?\{/, (found) => `${found}"${key}":{"x":1},`)
              : `{"${key}":{"x":1},${JSON.stringify(record).slice(1)}`,
          ),
        ),
    );

  it('saveCustomer: refused with a ValidationError and nothing stored, or stored as a valid customer', async () => {
    const withOptIn = createCustomer({
      ...customer,
      optIn: { at: '2026-11-01T10:00:00Z', source: 'checkout', evidence: 'box ticked' },
    });
    await fc.assert(
      fc.asyncProperty(mutated(withOptIn), async (candidate) => {
        const { billing } = setUp();
        const outcome = await billing.saveCustomer(candidate as Customer).then(
          () => 'stored',
          (error: unknown) => error,
        );
        const stored = await billing.store.listCustomers();
        if (outcome === 'stored') {
          expect(stored).toHaveLength(1);
          assertCustomer(stored[0]);
        } else {
          expect(ValidationError.isInstance(outcome)).toBe(true);
          expect(stored).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('addInvoice: refused with a ValidationError and nothing stored or announced, or stored as a valid invoice', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(invoice), async (candidate) => {
        const { billing, created } = setUp();
        await billing.saveCustomer(customer);
        const outcome = await billing.addInvoice(candidate as Invoice).then(
          () => 'stored',
          (error: unknown) => error,
        );
        const stored = await billing.store.listInvoices();
        if (outcome === 'stored') {
          expect(stored).toHaveLength(1);
          assertInvoice(stored[0]);
          expect(created).toEqual(stored);
        } else {
          expect(ValidationError.isInstance(outcome)).toBe(true);
          expect(stored).toEqual([]);
          expect(created).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('memory store: records that are not objects are refused cheaply', () => {
  it.each([null, undefined, 'cus_1', 42, ['cus_1']])('putCustomer(%j) is a ValidationError', async (value) => {
    const store = createMemoryStore();
    const error = await refusal(store.putCustomer(value as unknown as Customer));
    expect(paths(error)).toEqual(['customer']);
    expect(await store.listCustomers()).toEqual([]);
  });

  it.each([null, undefined, 'inv_1', 42, ['inv_1']])('putInvoice(%j) is a ValidationError', async (value) => {
    const store = createMemoryStore();
    const error = await refusal(store.putInvoice(value as unknown as Invoice));
    expect(paths(error)).toEqual(['invoice']);
  });

  it('an invoice without a payments list is a ValidationError, not a TypeError', async () => {
    const store = createMemoryStore();
    const { payments: _, ...withoutPayments } = invoice;
    const error = await refusal(store.putInvoice({ ...withoutPayments, version: 0 } as unknown as Invoice));
    expect(paths(error)).toEqual(['payments']);
    expect(await store.listInvoices()).toEqual([]);
  });
});
