import { type PaymentMethod, ValidationError } from '@cobro/core';
import type { ConektaPaymentMethod } from './conekta-api';

// Conekta's `allowed_payment_methods` values: `cash` covers OXXO and other store networks, `bank_transfer` is SPEI.
const conektaNameByMethod: Partial<Record<PaymentMethod, string>> = {
  card: 'card',
  oxxo: 'cash',
  cash: 'cash',
  spei: 'bank_transfer',
  'bank-transfer': 'bank_transfer',
};

/**
 * cobro methods → Conekta's `allowed_payment_methods`, deduplicated, in the order given. `offered` is what the
 * currency allows (from the capabilities); `cash` and `bank-transfer` count as `oxxo` and `spei`.
 *
 * @throws `ValidationError` naming each method Conekta cannot offer in this currency.
 */
export function toConektaAllowedMethods(
  methods: readonly PaymentMethod[],
  offered: readonly PaymentMethod[] = ['card', 'oxxo', 'spei'],
  path = 'allowedMethods',
): string[] {
  const names: string[] = [];
  const issues: { path: string; message: string }[] = [];
  const canonical: Partial<Record<PaymentMethod, PaymentMethod>> = { cash: 'oxxo', 'bank-transfer': 'spei' };
  methods.forEach((method, index) => {
    const name = conektaNameByMethod[method];
    if (name === undefined || !offered.includes(canonical[method] ?? method)) {
      issues.push({
        path: `${path}[${index}]`,
        message: `Conekta cannot take "${method}" here; it offers ${offered.join(', ')}`,
      });
    } else if (!names.includes(name)) {
      names.push(name);
    }
  });
  if (methods.length === 0) issues.push({ path, message: 'must list at least one payment method' });
  if (issues.length > 0) throw new ValidationError({ subject: 'Conekta payment methods', issues });
  return names;
}

/** Conekta's `allowed_payment_methods` → cobro methods; names cobro does not model (bnpl, pay_by_bank) are dropped. */
export function fromConektaAllowedMethods(names: readonly string[]): PaymentMethod[] {
  const methods: PaymentMethod[] = [];
  for (const name of names) {
    const method: PaymentMethod | undefined =
      name === 'card' ? 'card' : name === 'cash' ? 'oxxo' : name === 'bank_transfer' ? 'spei' : undefined;
    if (method && !methods.includes(method)) methods.push(method);
  }
  return methods;
}

/**
 * How a charge was paid, from its `payment_method` (`object`: `card_payment` / `cash_payment` / `bank_transfer_payment`,
 * `type`: `credit`, `debit`, `oxxo`, `cash`, `spei`…). OXXO is told apart from other cash networks where Conekta says so.
 */
export function fromConektaChargeMethod(
  paymentMethod: ConektaPaymentMethod | null | undefined,
): PaymentMethod | undefined {
  if (!paymentMethod) return undefined;
  const object = paymentMethod.object ?? '';
  const type = (paymentMethod.type ?? '').toLowerCase();
  const service = (paymentMethod.service_name ?? '').toLowerCase();
  if (object === 'card_payment' || type === 'credit' || type === 'debit' || type === 'card') return 'card';
  if (object === 'bank_transfer_payment' || type === 'spei' || type === 'bank_transfer') return 'spei';
  if (object === 'cash_payment' || type === 'oxxo' || type === 'cash') {
    return type === 'oxxo' || service.includes('oxxo') ? 'oxxo' : 'cash';
  }
  return 'other';
}
