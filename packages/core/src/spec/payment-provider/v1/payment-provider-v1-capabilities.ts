import type { PaymentMethod } from '../../../model/payment';

/** What a payment provider can do, so the runtime and the contract kit never guess from missing methods. */
export interface PaymentProviderV1Capabilities {
  /** Methods offered per ISO 4217 currency, e.g. `{ MXN: ['card', 'oxxo', 'spei'] }`. A currency absent here is refused. */
  readonly methodsByCurrency: Readonly<Record<string, readonly PaymentMethod[]>>;
  /** True when one link can take several payments (cobro then reuses it across reminders). */
  readonly reusableLinks: boolean;
  /** The longest lifetime a link may have, in milliseconds; absent when links do not expire. */
  readonly maxLinkLifetimeMs?: number;
  /** The shortest lifetime a link may have, in milliseconds. */
  readonly minLinkLifetimeMs?: number;
  /** True when `expirePaymentLink` works. */
  readonly expireLinks: boolean;
  /** True when `refund` works. */
  readonly refunds: boolean;
  /** True when a refund may be for part of a payment. */
  readonly partialRefunds: boolean;
  /** True when a link may be paid in parts (several payments towards one amount). */
  readonly partialPayments: boolean;
  /**
   * True when `listRefunds` works: cobro then books each refund (and reversal) of a payment by the provider's own
   * refund id. Without it, a refund webhook books the difference between the refunded total `getPayment` reports
   * and what cobro has recorded. Absent means false.
   */
  readonly refundLookup?: boolean;
}
