import { ApiCallError } from '@cobro/core';
import { expect } from 'vitest';
import { type ContractContext, failure } from './payment-contract-context';

const expectations = [
  [401, 'auth', false],
  [429, 'rate-limited', true],
  [503, 'unavailable', true],
  [400, 'invalid-request', false],
] as const;

/** Cases about how provider failures surface. */
export function errorCases({ harness, unique, contractCase }: ContractContext, live: boolean): void {
  contractCase('reports an unknown payment as not-found', async () => {
    const error = await failure(harness().provider.getPayment({ paymentId: unique('missing') }));
    expect(ApiCallError.isInstance(error), String(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'not-found', isRetryable: false });
  });

  contractCase(
    'maps HTTP errors to kinds, retryable only where a retry can help, with no secret in the message',
    async () => {
      for (const [status, kind, isRetryable] of expectations) {
        harness().injectError!(status);
        const error = await failure(
          harness().provider.createPaymentLink(
            harness().linkOptions({ invoiceReference: unique('inv'), idempotencyKey: unique('key') }),
          ),
        );
        expect(ApiCallError.isInstance(error), String(error)).toBe(true);
        expect(error).toMatchObject({ kind, isRetryable, statusCode: status });
        const text = `${(error as Error).message} ${JSON.stringify(error)}`;
        for (const secret of harness().secrets) expect(text).not.toContain(secret);
      }
    },
    { reason: 'needs harness.injectError, not live', unmet: (h) => live || h.injectError === undefined },
  );
}
