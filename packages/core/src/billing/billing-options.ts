import type { MessageCatalog } from '../messages/message-catalog';
import type { Customer } from '../model/customer';
import type { Invoice } from '../model/invoice';
import type { RateLimiter } from '../pacing/create-rate-limiter';
import type { ResolvedReminderPolicy } from '../policy/jurisdiction-preset';
import type { ReminderPolicy } from '../policy/reminder-policy';
import type { CobroEvents } from '../runtime/events';
import type { BillingStoreV1 } from '../spec/billing-store/v1/billing-store-v1';
import type { MessagingChannelV1 } from '../spec/messaging-channel/v1/messaging-channel-v1';
import type { PaymentProviderV1 } from '../spec/payment-provider/v1/payment-provider-v1';
import type { BillingLogger } from './billing-logger';
import type { SendStep } from './send-step';

/** Who the customer is paying: named in every message, and identified in full where the law asks (Brazil). */
export interface BusinessProfile {
  /** The trading name customers know, e.g. `Pasticceria Rossi`. */
  readonly name: string;
  /** The registered name, for the supplier-identity line (Brazil, CDC art. 42-A). */
  readonly legalName?: string;
  /** Tax id (CNPJ, RFC, partita IVA…), for the supplier-identity line. */
  readonly taxId?: string;
  /** Postal address, for the supplier-identity line. */
  readonly address?: string;
}

/**
 * A way to pay that needs no provider: shown under the payment link in free-form messages (templates cannot carry
 * it, so outside the service window only the link goes out). `currencies` limits it to invoices in those currencies.
 */
export type OfflinePaymentOption =
  | {
      /** A SEPA or other IBAN transfer. */
      readonly kind: 'iban';
      /** The IBAN, shown as given. */
      readonly iban: string;
      /** The account holder. */
      readonly accountName: string;
      /** Only for these currencies (all when absent). */
      readonly currencies?: readonly string[];
    }
  | {
      /** A Mexican SPEI transfer. */
      readonly kind: 'clabe';
      /** The 18-digit CLABE. */
      readonly clabe: string;
      /** The bank's name. */
      readonly bank: string;
      /** The account holder. */
      readonly accountName: string;
      /** Only for these currencies (all when absent). */
      readonly currencies?: readonly string[];
    }
  | {
      /** A Brazilian Pix key (CNPJ, e-mail, phone or random key). */
      readonly kind: 'pix';
      /** The key. */
      readonly key: string;
      /** Only for these currencies (all when absent). */
      readonly currencies?: readonly string[];
    }
  | {
      /** Cash at the shop or on delivery. */
      readonly kind: 'cash';
      /** What to do, in the business's words, e.g. `Cash at Via Roma 1, Mon–Sat 9–19`. */
      readonly instructions: string;
      /** Only for these currencies (all when absent). */
      readonly currencies?: readonly string[];
    };

/** Options of {@link createBilling}. Only `channel` and `business` are required. */
export interface CreateBillingOptions {
  /** The messaging channel, e.g. `createWhatsAppCloud().channel`. */
  readonly channel: MessagingChannelV1;
  /** The business customers pay. */
  readonly business: BusinessProfile;
  /** Where state lives; `createMemoryStore()` when absent (state is lost on restart: use a database in production). */
  readonly store?: BillingStoreV1;
  /** Payment providers, in order of preference. Each invoice gets a link from each one that takes its currency. */
  readonly providers?: readonly PaymentProviderV1[];
  /** Picks the providers for an invoice (ids, in order); default: every provider whose capabilities list its currency. */
  readonly selectProviders?: (invoice: Invoice, customer: Customer) => readonly string[];
  /** Ways to pay without a provider (IBAN, CLABE, Pix key, cash). */
  readonly offlinePaymentOptions?: readonly OfflinePaymentOption[];
  /** The business's reminder policy; jurisdiction presets are composed in per customer. `defaultReminderPolicy` when absent. */
  readonly policy?: ReminderPolicy | ResolvedReminderPolicy;
  /** Catalogues to use instead of cobro's (to reword messages). */
  readonly catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** The clock; `() => new Date()` when absent. Tests and simulations pass their own. */
  readonly clock?: () => Date;
  /** Where cobro logs; nothing is logged when absent. Never receives secrets or full phone numbers. */
  readonly logger?: BillingLogger;
  /** The event bus to emit on; a new one when absent (read it back from `billing.events`). */
  readonly events?: CobroEvents;
  /** This worker's name in claims and leases; a random one when absent. Give each process its own. */
  readonly workerId?: string;
  /**
   * How many customers one `runDueReminders` call works on at once; 32 when absent. The channel's pacer, not this,
   * bounds the message rate; this only keeps enough sends in flight to reach it: the rate times the time one customer
   * takes (its store round trips and the channel's answer), e.g. 1,000/s × 20 ms = 20. A run claims customers 16
   * times this many at a time (one lease each, `sendLeaseMs`).
   */
  readonly concurrency?: number;
  /**
   * The channel's throughput limit, shared by every process through the store (`reserveSendSlots`): each send waits
   * for a slot, so all workers together never exceed it in any one-second window. Give the number's messages per
   * second (WhatsApp: 80, or up to 1,000 once Meta raises it), or a `createRateLimiter(…)` of your own. Absent: the
   * channel's own pacing (per process) is all there is.
   */
  readonly rateLimit?:
    | RateLimiter
    | {
        /** Sends per second allowed for the number, across every process. */
        readonly messagesPerSecond: number;
        /** The limit's name in the store; `channel:<channel id>` when absent (one per number: name it per number). */
        readonly key?: string;
      };
  /** How long a worker holds a send before others consider it crashed; 2 minutes when absent. */
  readonly sendLeaseMs?: number;
  /** Links expiring sooner than this are replaced before a reminder goes out; 2 days when absent. */
  readonly linkRenewalMarginMs?: number;
  /** How long a new link should live when the provider lets cobro choose; 30 days when absent (clamped to the provider's limits). */
  readonly linkLifetimeMs?: number;
  /** Where providers send the customer after paying. */
  readonly successUrl?: string;
  /**
   * The fixed part of the "Pay now" URL the WhatsApp templates were registered with (`buildWhatsAppTemplates({
   * paymentUrlBase })`). A link under it is sent as its suffix; any other link is sent as the invoice id, so the app
   * must redirect `paymentUrlBase + invoiceId` to `billing.currentPaymentUrl(invoiceId)`.
   */
  readonly templatePaymentUrlBase?: string;
  /**
   * Called before each step of a send. Throwing here simulates a crash at that point: the contract the crash tests
   * hold cobro to. Not for production use.
   */
  readonly beforeSendStep?: (step: SendStep, outboxKey: string) => void | Promise<void>;
}
