import { z } from 'zod';

// Response schemas are deliberately lenient: Conekta adds fields between API versions and the official spec marks few
// fields required, so only what the adapter reads is checked, and everything else passes through untouched (`raw`).

/** `details[]` of a Conekta error body (spec `details_error`). */
export const conektaErrorDetailSchema = z.looseObject({
  code: z.string().nullish(),
  param: z.string().nullish(),
  message: z.string().nullish(),
  debug_message: z.string().nullish(),
});

/** A Conekta error body (spec `error`): `{ object: 'error', type, log_id, details[] }`. */
export const conektaErrorSchema = z.looseObject({
  object: z.string().nullish(),
  type: z.string().nullish(),
  log_id: z.string().nullish(),
  details: z.array(conektaErrorDetailSchema).nullish(),
});

/** The response of `POST /checkouts`, `GET /checkouts/{id}` and `PUT /checkouts/{id}/cancel` (spec `checkout_response`). */
export const conektaCheckoutSchema = z.looseObject({
  id: z.string(),
  object: z.string().nullish(),
  url: z.string().nullish(),
  status: z.string().nullish(),
  expires_at: z.number().int().nullish(),
  allowed_payment_methods: z.array(z.string()).nullish(),
  recurrent: z.boolean().nullish(),
  paid_payments_count: z.number().int().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  // Not in the 2.3.0 spec's `checkout_response`, but the API echoes the template; read only for crash recovery.
  order_template: z.looseObject({ metadata: z.record(z.string(), z.unknown()).nullish() }).nullish(),
});

/** A page of `GET /checkouts` (spec `checkouts_response`). */
export const conektaCheckoutListSchema = z.looseObject({
  data: z.array(conektaCheckoutSchema).nullish(),
  has_more: z.boolean().nullish(),
});

/** One refund of a charge (spec `charge_response_refunds_data`); Conekta reports refund amounts as negative cents. */
export const conektaRefundSchema = z.looseObject({
  id: z.string(),
  amount: z.number().int(),
  created_at: z.number().int(),
  status: z.string().nullish(),
});

/** The payment method of a charge (spec `charge_response_payment_method`, discriminated on `object`). */
export const conektaPaymentMethodSchema = z.looseObject({
  object: z.string().nullish(),
  type: z.string().nullish(),
  service_name: z.string().nullish(),
});

/** A charge (spec `charge_response`). */
export const conektaChargeSchema = z.looseObject({
  id: z.string(),
  object: z.string().nullish(),
  amount: z.number().int().nullish(),
  currency: z.string().nullish(),
  status: z.string().nullish(),
  order_id: z.string().nullish(),
  paid_at: z.number().int().nullish(),
  created_at: z.number().int().nullish(),
  failure_code: z.string().nullish(),
  failure_message: z.string().nullish(),
  payment_method: conektaPaymentMethodSchema.nullish(),
  refunds: z.looseObject({ data: z.array(conektaRefundSchema).nullish() }).nullish(),
});

/** An order (spec `order_response`): what a paid checkout becomes, and what refunds and `GET /orders/{id}` return. */
export const conektaOrderSchema = z.looseObject({
  id: z.string(),
  object: z.string().nullish(),
  amount: z.number().int(),
  amount_refunded: z.number().int().nullish(),
  currency: z.string(),
  payment_status: z.string().nullish(),
  created_at: z.number().int().nullish(),
  updated_at: z.number().int().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  checkout: z.looseObject({ id: z.string().nullish() }).nullish(),
  charges: z.looseObject({ data: z.array(conektaChargeSchema).nullish() }).nullish(),
});

/** A webhook event envelope (spec `event_response`): `{ id, type, created_at, livemode, data: { object, previous_attributes } }`. */
export const conektaEventSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  created_at: z.number().int().nullish(),
  livemode: z.boolean().nullish(),
  data: z.looseObject({ object: z.record(z.string(), z.unknown()).nullish() }).nullish(),
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
