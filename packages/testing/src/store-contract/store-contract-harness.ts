import { type BillingStoreV1, type CreateInvoiceInput, createInvoice, type Invoice, money } from '@cobro/core';
import { onTestFinished } from 'vitest';

/** Options of `runBillingStoreContract`. */
export interface BillingStoreContractOptions {
  /** Suite name, e.g. `postgres`. */
  readonly name: string;
  /** Builds an empty store for one test (a fresh schema or database: tests must not see each other's data). */
  readonly create: () => BillingStoreV1 | Promise<BillingStoreV1>;
  /** Drops what `create` made (a schema, a connection), after each test. */
  readonly cleanup?: (store: BillingStoreV1) => void | Promise<void>;
}

/** @internal What each case group receives: a way to get a fresh store for the running test. */
export type FreshStore = () => Promise<BillingStoreV1>;

/** @internal A fresh store whose cleanup runs when the current test finishes. */
export function freshStoreOf(options: BillingStoreContractOptions): FreshStore {
  return async () => {
    const store = await options.create();
    onTestFinished(async () => {
      await options.cleanup?.(store);
    });
    return store;
  };
}

/** @internal The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** @internal The suite's fixed clock: no case reads the real time. */
export const t0 = '2026-11-23T09:00:00.000Z';
/** @internal `t0` plus some seconds. */
export const at = (seconds: number) => new Date(Date.parse(t0) + seconds * 1000).toISOString();

const invoiceInput: CreateInvoiceInput = {
  id: 'inv_1',
  number: 'F-2026-0001',
  customerId: 'cus_1',
  currency: 'MXN',
  lines: [
    { description: 'Ramo de rosas', quantity: '2', unitPrice: money(50000, 'MXN'), taxRate: '16' },
    { description: 'Envío', quantity: '1', unitPrice: money(25000, 'MXN'), taxRate: '16' },
  ],
  issueDate: '2026-11-01',
  dueDate: '2026-11-15',
  businessTimeZone: 'America/Mexico_City',
};

/** @internal An open MXN 1,450.00 invoice. */
export function openInvoice(overrides: Partial<CreateInvoiceInput> = {}): Invoice {
  return createInvoice({ ...invoiceInput, status: 'open', ...overrides });
}

/** @internal A card payment of `minor` centavos. */
export function payment(id: string, minor: number, currency = 'MXN') {
  return {
    provider: 'stripe',
    providerPaymentId: id,
    amount: money(minor, currency),
    receivedAt: '2026-11-10T15:00:00Z',
    method: 'card' as const,
  };
}

/** @internal An outbound message record. */
export function outboundMessage<Extra extends Record<string, unknown>>(id: string, extra: Extra = {} as Extra) {
  return {
    id,
    direction: 'outbound' as const,
    customerId: 'cus_1',
    channel: 'whatsapp-cloud',
    kind: 'template',
    status: 'sent' as const,
    createdAt: t0,
    statusAt: t0,
    ...extra,
  };
}
