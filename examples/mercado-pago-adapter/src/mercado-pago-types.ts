// Mercado Pago's objects as its REST API returns them: only the fields this adapter reads or the fake API fills.
// Shapes follow https://www.mercadopago.com.br/developers/en/reference (preferences, payments, refunds,
// merchant orders) and the Webhooks notification body.

/** A Checkout Pro preference (`POST /checkout/preferences`). */
export interface MercadoPagoPreference {
  /** e.g. `202809963-920c288b-4ebb-40be-966f-700250fa5370`. */
  readonly id: string;
  /** The checkout URL to send the customer. */
  readonly init_point: string;
  /** The same checkout for test users. */
  readonly sandbox_init_point?: string;
  /** Our invoice reference. */
  readonly external_reference?: string;
  /** Strings we attached; Mercado Pago copies them to the payments made through the preference. */
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** True when `expiration_date_to` is enforced. */
  readonly expires?: boolean;
  /** ISO 8601 with offset. */
  readonly expiration_date_to?: string | null;
  /** What is being paid. */
  readonly items: readonly {
    readonly id?: string;
    readonly title: string;
    readonly quantity: number;
    readonly currency_id: string;
    readonly unit_price: number;
  }[];
}

/** A refund (`POST /v1/payments/{id}/refunds`, and `refunds[]` on a payment). */
export interface MercadoPagoRefund {
  /** Refund id (a number). */
  readonly id: number;
  /** The payment refunded. */
  readonly payment_id: number;
  /** Decimal amount, in the payment's currency. */
  readonly amount: number;
  /** `approved`, `in_process`, `rejected`, `cancelled`, `authorized`. */
  readonly status: string;
  /** ISO 8601. */
  readonly date_created: string;
}

/** A payment (`GET /v1/payments/{id}`). */
export interface MercadoPagoPayment {
  /** Payment id (a number). */
  readonly id: number;
  /** `approved`, `pending`, `in_process`, `authorized`, `rejected`, `cancelled`, `refunded`, `charged_back`, `in_mediation`. */
  readonly status: string;
  /** e.g. `accredited`, `partially_refunded`, `cc_rejected_insufficient_amount`, `pending_waiting_transfer`. */
  readonly status_detail: string;
  /** Decimal amount charged. */
  readonly transaction_amount: number;
  /** Decimal amount refunded so far. */
  readonly transaction_amount_refunded: number;
  /** ISO 4217. */
  readonly currency_id: string;
  /** The preference's `external_reference`. */
  readonly external_reference: string | null;
  /** The preference's metadata (keys in snake_case). */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** e.g. `pix`, `visa`, `bolbradesco`, `oxxo`. */
  readonly payment_method_id: string;
  /** e.g. `credit_card`, `debit_card`, `bank_transfer`, `ticket`, `account_money`. */
  readonly payment_type_id: string;
  /** ISO 8601 with offset. */
  readonly date_created: string;
  /** When it was approved, or null. */
  readonly date_approved: string | null;
  /** Refunds, oldest first. */
  readonly refunds: readonly MercadoPagoRefund[];
  /** The merchant order it belongs to. */
  readonly order?: { readonly id: string; readonly type: string };
}

/** A merchant order (`GET /merchant_orders/{id}`): groups a preference's payments and reports its expiry. */
export interface MercadoPagoMerchantOrder {
  /** Merchant order id (a number). */
  readonly id: number;
  /** `opened`, `closed` or `expired`. */
  readonly status: string;
  /** The preference it was opened for. */
  readonly preference_id: string;
  /** The preference's `external_reference`. */
  readonly external_reference: string | null;
  /** ISO 8601. */
  readonly last_updated: string;
}

/** The body of a Webhooks notification: it names the resource, never its content (the adapter re-fetches it). */
export interface MercadoPagoNotification {
  /** The notification's id: the same on every redelivery. */
  readonly id: number | string;
  /** `payment`, `topic_merchant_order_wh`… */
  readonly type: string;
  /** e.g. `payment.created`, `payment.updated`. */
  readonly action?: string;
  /** `v1`. */
  readonly api_version?: string;
  /** The resource the notification is about. */
  readonly data?: { readonly id?: string | number };
  /** ISO 8601. */
  readonly date_created?: string;
  /** False for test-credential traffic. */
  readonly live_mode?: boolean;
  /** The seller's user id. */
  readonly user_id?: number | string;
}

/** Mercado Pago's error body. */
export interface MercadoPagoErrorBody {
  /** Human-readable. */
  readonly message?: string;
  /** Machine-readable, e.g. `bad_request`, `not_found`, `unauthorized`. */
  readonly error?: string;
  /** The HTTP status again. */
  readonly status?: number;
  /** Finer causes. */
  readonly cause?: readonly { readonly code?: string | number; readonly description?: string }[];
}
