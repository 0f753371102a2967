import * as z from 'zod/mini';

// Response schemas are deliberately lenient: Conekta adds fields between API versions and the official spec marks few
// fields required, so only what the adapter reads is checked, and everything else passes through untouched (`raw`).

/** `details[]` of a Conekta error body (spec `details_error`). */
export const conektaErrorDetailSchema = z.looseObject({
  code: z.nullish(z.string()),
  param: z.nullish(z.string()),
  message: z.nullish(z.string()),
  debug_message: z.nullish(z.string()),
});

/** A Conekta error body (spec `error`): `{ object: 'error', type, log_id, details[] }`. */
export const conektaErrorSchema = z.looseObject({
  object: z.nullish(z.string()),
  type: z.nullish(z.string()),
  log_id: z.nullish(z.string()),
  details: z.nullish(z.array(conektaErrorDetailSchema)),
});

/** The response of `POST /checkouts`, `GET /checkouts/{id}` and `PUT /checkouts/{id}/cancel` (spec `checkout_response`). */
export const conektaCheckoutSchema = z.looseObject({
  id: z.string(),
  object: z.nullish(z.string()),
  url: z.nullish(z.string()),
  status: z.nullish(z.string()),
  expires_at: z.nullish(z.number().check(z.int())),
  allowed_payment_methods: z.nullish(z.array(z.string())),
  recurrent: z.nullish(z.boolean()),
  paid_payments_count: z.nullish(z.number().check(z.int())),
  metadata: z.nullish(z.record(z.string(), z.unknown())),
  // Not in the 2.3.0 spec's `checkout_response`, but the API echoes the template; read only for crash recovery.
  order_template: z.nullish(z.looseObject({ metadata: z.nullish(z.record(z.string(), z.unknown())) })),
});

/** A page of `GET /checkouts` (spec `checkouts_response`). */
export const conektaCheckoutListSchema = z.looseObject({
  data: z.nullish(z.array(conektaCheckoutSchema)),
  has_more: z.nullish(z.boolean()),
});

/** One refund of a charge (spec `charge_response_refunds_data`); Conekta reports refund amounts as negative cents. */
export const conektaRefundSchema = z.looseObject({
  id: z.string(),
  amount: z.number().check(z.int()),
  created_at: z.number().check(z.int()),
  status: z.nullish(z.string()),
});

/** The payment method of a charge (spec `charge_response_payment_method`, discriminated on `object`). */
export const conektaPaymentMethodSchema = z.looseObject({
  object: z.nullish(z.string()),
  type: z.nullish(z.string()),
  service_name: z.nullish(z.string()),
});

/** A charge (spec `charge_response`). */
export const conektaChargeSchema = z.looseObject({
  id: z.string(),
  object: z.nullish(z.string()),
  amount: z.nullish(z.number().check(z.int())),
  currency: z.nullish(z.string()),
  status: z.nullish(z.string()),
  order_id: z.nullish(z.string()),
  paid_at: z.nullish(z.number().check(z.int())),
  created_at: z.nullish(z.number().check(z.int())),
  failure_code: z.nullish(z.string()),
  failure_message: z.nullish(z.string()),
  payment_method: z.nullish(conektaPaymentMethodSchema),
  refunds: z.nullish(z.looseObject({ data: z.nullish(z.array(conektaRefundSchema)) })),
});

/** An order (spec `order_response`): what a paid checkout becomes, and what refunds and `GET /orders/{id}` return. */
export const conektaOrderSchema = z.looseObject({
  id: z.string(),
  object: z.nullish(z.string()),
  amount: z.number().check(z.int()),
  amount_refunded: z.nullish(z.number().check(z.int())),
  currency: z.string(),
  payment_status: z.nullish(z.string()),
  created_at: z.nullish(z.number().check(z.int())),
  updated_at: z.nullish(z.number().check(z.int())),
  metadata: z.nullish(z.record(z.string(), z.unknown())),
  checkout: z.nullish(z.looseObject({ id: z.nullish(z.string()) })),
  charges: z.nullish(z.looseObject({ data: z.nullish(z.array(conektaChargeSchema)) })),
});

/** A webhook event envelope (spec `event_response`): `{ id, type, created_at, livemode, data: { object, previous_attributes } }`. */
export const conektaEventSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  created_at: z.nullish(z.number().check(z.int())),
  livemode: z.nullish(z.boolean()),
  data: z.nullish(z.looseObject({ object: z.nullish(z.record(z.string(), z.unknown())) })),
});

/** A parsed checkout. */
export type ConektaCheckout = z.infer<typeof conektaCheckoutSchema>;
/** A parsed order. */
export type ConektaOrder = z.infer<typeof conektaOrderSchema>;
/** A parsed charge. */
export type ConektaCharge = z.infer<typeof conektaChargeSchema>;
/** A parsed refund. */
export type ConektaRefund = z.infer<typeof conektaRefundSchema>;
/** A parsed webhook event envelope. */
export type ConektaEvent = z.infer<typeof conektaEventSchema>;
/** A parsed payment method of a charge. */
export type ConektaPaymentMethod = z.infer<typeof conektaPaymentMethodSchema>;
