/** Why the emulator refused a request body: Conekta's `param` and `code`, and a message. */
export interface ConektaRequestProblem {
  /** Dotted path of the offending field, as Conekta's `details[].param`. */
  readonly param: string;
  /** Conekta-style error code. */
  readonly code: string;
  /** What is wrong. */
  readonly message: string;
}

const minimumTtlSeconds = 5 * 60;
const maximumTtlSeconds = 365 * 86_400;
const methodNames = new Set(['cash', 'card', 'bank_transfer', 'bnpl', 'pay_by_bank']);

const problem = (param: string, message: string): ConektaRequestProblem => ({
  param,
  code: `conekta.errors.parameter_validation.${param.replace(/\[\d+\]/g, '')}`,
  message,
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/**
 * Checks a `POST /checkouts` body the way the API does (spec `checkout`, `checkout_order_template`, `product`):
 * required fields, types, `expires_at` between 5 minutes and 365 days from now, integer cents.
 */
export function validateConektaCheckoutRequest(
  body: Record<string, unknown>,
  nowSeconds: number,
): ConektaRequestProblem | undefined {
  if (typeof body.name !== 'string' || body.name.length === 0) return problem('name', 'name is required.');
  if (body.type !== 'PaymentLink') return problem('type', 'type must be PaymentLink.');
  if (typeof body.recurrent !== 'boolean') return problem('recurrent', 'recurrent is required and must be a boolean.');
  if (!isInteger(body.expires_at)) return problem('expires_at', 'expires_at is required (seconds since the epoch).');
  const ttl = body.expires_at - nowSeconds;
  if (ttl < minimumTtlSeconds || ttl > maximumTtlSeconds) {
    return problem('expires_at', 'expires_at must be between 5 minutes and 365 days from now.');
  }
  if (body.allowed_payment_methods !== undefined) {
    const methods = body.allowed_payment_methods;
    if (!Array.isArray(methods) || methods.length === 0)
      return problem('allowed_payment_methods', 'allowed_payment_methods must be a non-empty array.');
    const unknown = methods.findIndex((method) => !methodNames.has(method as string));
    if (unknown >= 0) return problem(`allowed_payment_methods[${unknown}]`, 'unknown payment method.');
    if (body.excluded_payment_methods !== undefined) {
      return problem(
        'excluded_payment_methods',
        'excluded_payment_methods cannot be combined with allowed_payment_methods.',
      );
    }
  }
  const template = body.order_template;
  if (!isObject(template)) return problem('order_template', 'order_template is required.');
  if (typeof template.currency !== 'string' || template.currency.length !== 3)
    return problem('order_template.currency', 'currency must be an ISO 4217 code.');
  if (!Array.isArray(template.line_items) || template.line_items.length === 0)
    return problem('order_template.line_items', 'line_items is required.');
  for (const [index, line] of template.line_items.entries()) {
    const at = `order_template.line_items[${index}]`;
    if (!isObject(line)) return problem(at, 'line item must be an object.');
    if (typeof line.name !== 'string' || line.name.length < 3 || line.name.length > 249)
      return problem(`${at}.name`, 'name must be 3–249 characters.');
    if (!isInteger(line.unit_price) || line.unit_price < 0)
      return problem(`${at}.unit_price`, 'unit_price must be a non-negative integer in cents.');
    if (!isInteger(line.quantity) || line.quantity < 1)
      return problem(`${at}.quantity`, 'quantity must be a positive integer.');
  }
  const customer = template.customer_info;
  if (customer !== undefined) {
    if (!isObject(customer)) return problem('order_template.customer_info', 'customer_info must be an object.');
    if (customer.customer_id === undefined) {
      for (const field of ['name', 'email', 'phone']) {
        if (typeof customer[field] !== 'string' || customer[field] === '')
          return problem(`order_template.customer_info.${field}`, `${field} is required.`);
      }
    }
  }
  if (
    template.metadata !== undefined &&
    (!isObject(template.metadata) || Object.keys(template.metadata).length > 100)
  ) {
    return problem('order_template.metadata', 'metadata must be an object with at most 100 keys.');
  }
  return undefined;
}

/** Checks a `POST /orders/{id}/refunds` body (spec `orderRefund_request`: `amount` and `reason` required). */
export function validateConektaRefundRequest(body: Record<string, unknown>): ConektaRequestProblem | undefined {
  if (!isInteger(body.amount) || body.amount <= 0)
    return problem('amount', 'amount must be a positive integer in cents.');
  if (typeof body.reason !== 'string' || body.reason === '') return problem('reason', 'reason is required.');
  return undefined;
}
