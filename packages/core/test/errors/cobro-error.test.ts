import {
  ApiCallError,
  CobroError,
  CurrencyMismatchError,
  IllegalTransitionError,
  StaleVersionError,
  ValidationError,
  WebhookVerificationError,
} from '@cobro/core';
import { describe, expect, it } from 'vitest';

describe('CobroError markers', () => {
  it('recognises errors from another copy of core by the Symbol.for marker, not instanceof', () => {
    // A second copy of @cobro/core (ESM next to CJS) has its own classes but the same global symbols.
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('cobro.error')]: true,
      [Symbol.for('cobro.error.validation')]: true,
    });
    expect(CobroError.isInstance(foreign)).toBe(true);
    expect(ValidationError.isInstance(foreign)).toBe(true);
    expect(ApiCallError.isInstance(foreign)).toBe(false);
  });

  it('keeps subclasses apart and all under CobroError', () => {
    const transition = new IllegalTransitionError({ entity: 'invoice', from: 'void', to: 'paid' });
    expect(transition.message).toBe('Cannot move invoice from "void" to "paid".');
    expect(transition.code).toBe('COBRO_ILLEGAL_TRANSITION');
    expect(IllegalTransitionError.isInstance(transition)).toBe(true);
    expect(CobroError.isInstance(transition)).toBe(true);
    expect(StaleVersionError.isInstance(transition)).toBe(false);
    expect(CobroError.isInstance(new Error('plain'))).toBe(false);
    expect(CobroError.isInstance(null)).toBe(false);
    expect(CobroError.isInstance('COBRO')).toBe(false);
  });

  it('lists every validation issue by path in the message', () => {
    const error = new ValidationError({
      subject: 'invoice',
      issues: [
        { path: 'lines[2].quantity', message: 'must be a positive decimal with at most 3 places' },
        { path: 'dueDate', message: 'must be a calendar date YYYY-MM-DD' },
      ],
    });
    expect(error.message).toBe(
      'Invalid invoice: lines[2].quantity: must be a positive decimal with at most 3 places; dueDate: must be a calendar date YYYY-MM-DD',
    );
    expect(error.issues).toHaveLength(2);
  });

  it('derives retryability from the kind and never retries an ambiguous call', () => {
    expect(new ApiCallError({ provider: 'p', kind: 'rate-limited', message: 'm' }).isRetryable).toBe(true);
    expect(new ApiCallError({ provider: 'p', kind: 'unavailable', message: 'm' }).isRetryable).toBe(true);
    expect(new ApiCallError({ provider: 'p', kind: 'invalid-request', message: 'm' }).isRetryable).toBe(false);
    expect(new ApiCallError({ provider: 'p', kind: 'ambiguous', message: 'm', isRetryable: true }).isRetryable).toBe(
      false,
    );
  });

  it('names both currencies and the webhook refusal reason', () => {
    expect(new CurrencyMismatchError({ expected: 'EUR', actual: 'MXN' }).message).toContain('expected EUR, got MXN');
    const refused = new WebhookVerificationError({
      provider: 'stripe',
      reason: 'expired',
      message: 'timestamp too old',
    });
    expect(refused.message).toBe('stripe webhook refused (expired): timestamp too old');
    expect(refused.reason).toBe('expired');
  });
});
