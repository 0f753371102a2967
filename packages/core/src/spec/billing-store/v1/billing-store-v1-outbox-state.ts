/**
 * Where an outbox entry is. The outbox makes each send exactly-once across workers and crashes:
 *
 * - `pending`: to be sent (again, after a failure that provably did not reach the channel);
 * - `sending`: a worker holds it under a lease and is calling the channel;
 * - `sent`: the channel accepted it (final);
 * - `ambiguous`: the call may or may not have reached the channel (a timeout after the request was written, or a
 *   worker that crashed while holding the lease). Never re-sent automatically; resolved by a status webhook that
 *   carries the outbox key, or by a person;
 * - `failed`: the channel refused it for good (final unless resolved back to `pending`).
 */
export type BillingStoreV1OutboxState = 'pending' | 'sending' | 'sent' | 'ambiguous' | 'failed';
