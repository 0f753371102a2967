export type { Customer, CustomerKind, OptInRecord, OptInSource, OptOutRecord } from './customer';
export type { Dispute, Installment, Invoice, InvoiceStatus, PromiseToPay } from './invoice';
export type { Money } from './money';
export type { LineDiscount, LineItem, LineTotals, Order, Totals } from './order';
export type { Payment, PaymentMethod, Refund } from './payment';
export type { CalendarDate, Instant, TimeZone } from './time';
