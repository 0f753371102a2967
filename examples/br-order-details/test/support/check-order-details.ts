// Field-level checks of a sent order_details body, from Meta's "Orders" page for Brazil (see
// /work/shared/research/whatsapp.md §2.6). The emulator's schema for review_and_pay checks only the required
// top-level parameters, so the amounts, payment settings and invariants are checked here.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const keyTypes = ['CPF', 'CNPJ', 'EMAIL', 'PHONE', 'EVP'];

/** Problems with an order_details message body (the whole `/messages` request body), by path; empty when valid. */
export function checkOrderDetails(body: Json, nowSeconds: number): string[] {
  const problems: string[] = [];
  const amount = (value: unknown, path: string): number => {
    if (!isObject(value) || !Number.isSafeInteger(value.value) || (value.value as number) < 0 || value.offset !== 100) {
      problems.push(`${path}: must be { value: whole minor units ≥ 0, offset: 100 }`);
      return 0;
    }
    return value.value as number;
  };
  const interactive = body.interactive;
  if (body.type !== 'interactive' || !isObject(interactive) || interactive.type !== 'order_details')
    return ['type: must be interactive order_details'];
  const text = isObject(interactive.body) ? interactive.body.text : undefined;
  if (typeof text !== 'string' || text.length === 0 || text.length > 1024)
    problems.push('body.text: 1–1,024 characters');
  if (interactive.footer !== undefined) {
    const footer = isObject(interactive.footer) ? interactive.footer.text : undefined;
    if (typeof footer !== 'string' || footer.length > 60) problems.push('footer.text: at most 60 characters');
  }
  const action = isObject(interactive.action) ? interactive.action : {};
  if (action.name !== 'review_and_pay') problems.push('action.name: must be review_and_pay');
  const parameters = isObject(action.parameters) ? action.parameters : {};
  if (typeof parameters.reference_id !== 'string' || !/^[A-Za-z0-9_.-]{1,60}$/.test(parameters.reference_id))
    problems.push('reference_id: 1–60 of A–Z a–z 0–9 _ . -');
  if (!['digital-goods', 'physical-goods'].includes(String(parameters.type))) problems.push('type: goods type');
  if (parameters.payment_type !== 'br' || parameters.currency !== 'BRL') problems.push('payment_type/currency: br/BRL');
  const total = amount(parameters.total_amount, 'total_amount');
  const settings = Array.isArray(parameters.payment_settings) ? parameters.payment_settings : [];
  if (settings.length === 0) problems.push('payment_settings: at least one');
  for (const [index, setting] of settings.entries()) {
    const path = `payment_settings[${index}]`;
    if (!isObject(setting)) {
      problems.push(`${path}: object`);
      continue;
    }
    if (setting.type === 'pix_dynamic_code') {
      const pix = setting.pix_dynamic_code;
      if (
        !isObject(pix) ||
        typeof pix.code !== 'string' ||
        typeof pix.merchant_name !== 'string' ||
        typeof pix.key !== 'string' ||
        !keyTypes.includes(String(pix.key_type))
      )
        problems.push(`${path}.pix_dynamic_code: code, merchant_name, key and key_type (${keyTypes.join('|')})`);
    } else if (setting.type === 'payment_link') {
      if (!isObject(setting.payment_link) || typeof setting.payment_link.uri !== 'string')
        problems.push(`${path}: uri`);
    } else if (setting.type === 'boleto') {
      if (!isObject(setting.boleto) || typeof setting.boleto.digitable_line !== 'string')
        problems.push(`${path}: digitable_line`);
    } else problems.push(`${path}.type: pix_dynamic_code, payment_link or boleto`);
  }
  const order = isObject(parameters.order) ? parameters.order : {};
  if (order.status !== 'pending') problems.push('order.status: pending');
  const items = Array.isArray(order.items) ? order.items : [];
  if (items.length === 0) problems.push('order.items: at least one');
  let subtotal = 0;
  for (const [index, item] of items.entries()) {
    const path = `order.items[${index}]`;
    if (!isObject(item)) {
      problems.push(`${path}: object`);
      continue;
    }
    if (typeof item.retailer_id !== 'string' || item.retailer_id === '') problems.push(`${path}.retailer_id`);
    if (typeof item.name !== 'string' || item.name.length === 0 || item.name.length > 60)
      problems.push(`${path}.name: 1–60 characters`);
    if (!Number.isSafeInteger(item.quantity) || (item.quantity as number) < 1) problems.push(`${path}.quantity`);
    const price = amount(item.amount, `${path}.amount`);
    const sale = item.sale_amount === undefined ? price : amount(item.sale_amount, `${path}.sale_amount`);
    subtotal += sale * (item.quantity as number);
  }
  if (amount(order.subtotal, 'order.subtotal') !== subtotal) problems.push(`order.subtotal: must be ${subtotal}`);
  if (order.tax === undefined) problems.push('order.tax: required (may be zero)');
  const tax = amount(order.tax, 'order.tax');
  const shipping = order.shipping === undefined ? 0 : amount(order.shipping, 'order.shipping');
  const discount = order.discount === undefined ? 0 : amount(order.discount, 'order.discount');
  if (total !== subtotal + tax + shipping - discount)
    problems.push(
      `total_amount: must be subtotal + tax + shipping − discount = ${subtotal + tax + shipping - discount}`,
    );
  if (order.expiration !== undefined) {
    const expiration = isObject(order.expiration) ? order.expiration : {};
    if (!Number.isSafeInteger(expiration.timestamp) || (expiration.timestamp as number) - nowSeconds < 300)
      problems.push('order.expiration.timestamp: at least 300 s ahead');
    if (typeof expiration.description !== 'string' || expiration.description.length > 120)
      problems.push('order.expiration.description: at most 120 characters');
  }
  return problems;
}
