import type { MessageCatalog } from '../messages/message-catalog';
import type { RateLimiter } from '../pacing/create-rate-limiter';
import type { ResolvedReminderPolicy } from '../policy/jurisdiction-preset';
import type { ReminderPolicy } from '../policy/reminder-policy';
import type { CobroEvents } from '../runtime/events';
import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import type { MessagingChannelV1 } from '../spec/messaging-channel/v1/messaging-channel-v1';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import type { BillingLogger } from './billing-logger';
import type { CreateBillingOptions } from './billing-options';

/** Everything the runtime's parts share; built once by `createBilling`. */
export interface BillingContext {
  readonly options: CreateBillingOptions;
  readonly store: BillingStoreV1;
  readonly channel: MessagingChannelV1;
  readonly providers: ReadonlyMap<string, PaymentProviderV1>;
  readonly policy: ReminderPolicy | ResolvedReminderPolicy;
  readonly catalogs: Readonly<Record<string, MessageCatalog>>;
  readonly events: CobroEvents;
  readonly logger: BillingLogger;
  readonly owner: string;
  readonly sendLeaseMs: number;
  /** Waits for a send slot under the channel's shared rate limit, when one is set. */
  readonly rateLimiter?: RateLimiter;
  /**
   * The drains running in this process, by customer. The store's claim lets its owner re-take a customer it holds
   * (a run's page, then `sendInvoice` on the same instance), so one process could otherwise drain a customer twice at
   * once, each gating its sends with a history that lacks the other's.
   */
  readonly draining: Map<string, Promise<unknown>>;
  /** The current instant as an ISO string. */
  now(): string;
}
