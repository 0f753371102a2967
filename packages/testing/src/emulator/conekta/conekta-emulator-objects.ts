// Builders for the JSON objects the Conekta emulator serves, shaped from the official 2.3.0 spec
// (`checkout_response`, `order_response`, `charge_response`, `error`, `event_response`).

/** A JSON object as the emulator stores and serves it. */
export type ConektaJson = Record<string, unknown>;

/** How a simulated customer pays: Conekta's method families. */
export type ConektaEmulatorPaymentMethod = 'card' | 'cash' | 'bank_transfer';

/** A spec-shaped error body (`{ details[], log_id, object: 'error', type }`). */
export function conektaErrorBody({
  type,
  code,
  message,
  param,
  logId,
}: {
  type: string;
  code: string;
  message: string;
  param?: string;
  logId: string;
}): ConektaJson {
  return {
    details: [{ message, debug_message: message, code, ...(param === undefined ? {} : { param }) }],
    log_id: logId,
    object: 'error',
    type,
  };
}

/** An empty Conekta list (pagination metadata included). */
export function conektaList(data: unknown[]): ConektaJson {
  return { object: 'list', has_more: false, next_page_url: null, previous_page_url: null, data };
}

/** The `payment_method` of a charge for the given method family, with spec-example values. */
export function conektaChargePaymentMethod(method: ConektaEmulatorPaymentMethod, nowSeconds: number): ConektaJson {
  if (method === 'cash') {
    return {
      object: 'cash_payment',
      type: 'oxxo',
      service_name: 'OxxoPay',
      reference: '93000262276908',
      barcode_url: 'https://barcodes.conekta.com/644ebf80f2243197aad6cd8810375b905b613dbe.png',
      expires_at: nowSeconds + 3 * 86_400,
      store_name: 'OXXO',
    };
  }
  if (method === 'bank_transfer') {
    return {
      object: 'bank_transfer_payment',
      type: 'spei',
      bank: 'STP',
      clabe: '646180111805034237',
      receiving_account_number: '646180111805034237',
      receiving_account_bank: 'STP',
      expires_at: nowSeconds + 3 * 86_400,
    };
  }
  return {
    object: 'card_payment',
    type: 'credit',
    brand: 'visa',
    last4: '4242',
    account_type: 'Credit',
    auth_code: '867372',
    country: 'MX',
    exp_month: '12',
    exp_year: '2030',
    issuer: 'BANAMEX',
    name: 'Jorge Lopez',
  };
}

/** The `checkout` sub-object of an order created from a payment link (spec `order_response_checkout`). */
export function conektaOrderCheckout(checkout: ConektaJson): ConektaJson {
  return {
    id: checkout.id,
    object: 'checkout',
    type: 'PaymentLink',
    name: checkout.name,
    livemode: false,
    allowed_payment_methods: checkout.allowed_payment_methods,
    expires_at: checkout.expires_at,
    recurrent: checkout.recurrent,
    slug: checkout.slug,
    status: checkout.status,
    url: checkout.url,
  };
}

/** A webhook event envelope (spec `event_response` plus the documented `data.object` / `previous_attributes`). */
export function conektaEvent({
  id,
  type,
  object,
  createdAt,
}: {
  id: string;
  type: string;
  object: ConektaJson;
  createdAt: number;
}): ConektaJson {
  return {
    data: { object, previous_attributes: {} },
    livemode: false,
    webhook_status: 'pending',
    webhook_logs: [],
    id,
    object: 'event',
    type,
    created_at: createdAt,
  };
}
