import { type LineItem, type Money, parseMoney } from '@cobro/core';
import type { OrderDetailsItem } from '@cobro/whatsapp-cloud';

/** One product in the cart, priced in exact BRL cents. */
export interface CartLine {
  /** The shop's product id (the catalogue's retailer id). */
  readonly sku: string;
  /** As the customer reads it, at most 60 characters. */
  readonly name: string;
  /** List price. */
  readonly price: Money;
  /** Sale price, when on sale. */
  readonly salePrice?: Money;
  /** Whole units. */
  readonly quantity: number;
}

/** A Brazilian shop's order: lines, shipping, a coupon. Brazilian retail prices include tax, so tax is zero. */
export interface ShopOrder {
  /** The order id, used as the invoice id and the order_details `reference_id`. */
  readonly id: string;
  /** The lines. */
  readonly lines: readonly CartLine[];
  /** Shipping charged. */
  readonly shipping: Money;
  /** A coupon off the order. */
  readonly discount: Money;
}

/** The example's order: two bags of coffee on sale and a mug, with shipping and a first-purchase coupon. */
export function exampleOrder(id: string): ShopOrder {
  return {
    id,
    lines: [
      {
        sku: 'cafe-mogiana-250g',
        name: 'Café especial Alta Mogiana 250 g',
        price: parseMoney('42.90', 'BRL'),
        salePrice: parseMoney('38.90', 'BRL'),
        quantity: 2,
      },
      { sku: 'caneca-esmaltada', name: 'Caneca esmaltada azul', price: parseMoney('59.00', 'BRL'), quantity: 1 },
    ],
    shipping: parseMoney('15.00', 'BRL'),
    discount: parseMoney('10.00', 'BRL'),
  };
}

/** The order's total in cents: Σ (sale price or price) × quantity + shipping − discount. */
export function orderTotal(order: ShopOrder): Money {
  const subtotal = order.lines.reduce(
    (sum, line) => sum + (line.salePrice ?? line.price).amountMinor * line.quantity,
    0,
  );
  return { amountMinor: subtotal + order.shipping.amountMinor - order.discount.amountMinor, currency: 'BRL' };
}

/** The order's lines as order_details items. */
export function orderDetailsItems(order: ShopOrder): OrderDetailsItem[] {
  return order.lines.map((line) => ({
    retailerId: line.sku,
    name: line.name,
    amount: line.price,
    ...(line.salePrice ? { saleAmount: line.salePrice } : {}),
    quantity: line.quantity,
  }));
}

/**
 * The order as invoice lines, so the invoice's total equals the order's to the cent: each product at the price
 * charged, shipping as a line, and the coupon as an amount off the first line.
 */
export function invoiceLines(order: ShopOrder): LineItem[] {
  return [
    ...order.lines.map((line, index) => ({
      description: line.name,
      quantity: String(line.quantity),
      unitPrice: line.salePrice ?? line.price,
      taxRate: '0',
      sku: line.sku,
      ...(index === 0 && order.discount.amountMinor > 0
        ? { discount: { kind: 'amount' as const, amount: order.discount } }
        : {}),
    })),
    { description: 'Frete', quantity: '1', unitPrice: order.shipping, taxRate: '0', sku: 'frete' },
  ];
}
