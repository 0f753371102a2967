import { it } from 'vitest';
import type { WebhookDelivery } from '../in-memory-payment-provider';
import type { PaymentProviderContractHarness, PaymentProviderContractOptions } from './payment-contract-harness';

/** A condition a case needs, and how to say it in the case's name. */
export interface ContractRequirement {
  /** Shown in the case name, e.g. `needs capabilities.refunds`. */
  readonly reason: string;
  /** True when the harness or provider lacks it (checked after setup). */
  readonly unmet: (harness: PaymentProviderContractHarness) => boolean;
}

/** What the suites share: the harness (after setup), unique ids and the case builder. */
export interface ContractContext {
  /** The harness; only valid inside a case. */
  harness(): PaymentProviderContractHarness;
  /** A label made unique within the run, for references and idempotency keys. */
  unique(label: string): string;
  /** Declares a case, skipped (with the reason in its name) when listed in `skip` or a requirement is unmet. */
  contractCase(name: string, run: () => Promise<void>, requirement?: ContractRequirement): void;
}

/** Builds the {@link ContractContext} for one `runPaymentProviderContract` call. */
export function createContractContext(
  options: PaymentProviderContractOptions,
  harness: () => PaymentProviderContractHarness,
): ContractContext {
  const skip = new Set(options.skip ?? []);
  const run = Date.now().toString(36);
  let counter = 0;
  return {
    harness,
    unique: (label) => `${label}-${run}-${++counter}`,
    contractCase(name, body, requirement) {
      const title = requirement ? `${name} [${requirement.reason}]` : name;
      it(title, async (context) => {
        if (skip.has(name) || skip.has(title)) context.skip('listed in skip');
        if (requirement?.unmet(harness())) context.skip(`skipped: ${requirement.reason}`);
        await body();
      });
    },
  };
}

/** Awaits `promise` and returns what it rejected with; fails when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, and it succeeded');
}

/** The delivery without one header (any case). */
export function withoutHeader(delivery: WebhookDelivery, name: string): WebhookDelivery {
  const headers = Object.fromEntries(
    Object.entries(delivery.headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()),
  );
  return { rawBody: delivery.rawBody, headers };
}
