export { allocateMoney } from './allocate-money';
export { assertCustomer } from './assert-customer';
export { assertInvoice } from './assert-invoice';
export {
  addDays,
  addMonths,
  calendarDateAt,
  compareCalendarDates,
  daysBetween,
  isCalendarDate,
  isInstant,
  isTimeZone,
  normalizeTimeZone,
} from './calendar-date';
export { computeTotals } from './compute-totals';
export { type CreateCustomerInput, createCustomer } from './create-customer';
export {
  type CreateInvoiceInput,
  createInvoice,
  type InstallmentInput,
  type InstallmentPlanInput,
} from './create-invoice';
export { type CreateOrderInput, createOrder } from './create-order';
export { createPayment, createRefund } from './create-payment';
export { currencyExponent, isCurrencyCode, listCurrencyCodes } from './currency';
export type { Customer, CustomerKind, OptInRecord, OptInSource, OptOutRecord } from './customer';
export { canMessageCustomer, recordOptIn, recordOptOut } from './customer-consent';
export type { RoundingMode } from './decimal';
export { formatMoney } from './format-money';
export type { Dispute, Installment, Invoice, InvoiceStatus, PromiseToPay } from './invoice';
export {
  daysOverdue,
  type InstallmentStatus,
  installmentStatuses,
  invoiceBalance,
  invoiceNetReceived,
  isCollectable,
  isOverdue,
  nextUnpaidInstallment,
} from './invoice-amounts';
export {
  type ApplyPaymentOutcome,
  type ApplyPaymentResult,
  type ApplyRefundOutcome,
  type ApplyRefundResult,
  applyPayment,
  applyRefund,
} from './invoice-payments';
export {
  canTransitionInvoice,
  hasActivePromise,
  hasOpenDispute,
  invoiceStatusTransitions,
  isPromiseBroken,
  issueInvoice,
  openDispute,
  recordPromiseToPay,
  resolveDispute,
  voidInvoice,
} from './invoice-transitions';
export { modelLimits } from './model-schemas';
export {
  addMoney,
  compareMoney,
  equalsMoney,
  isNegativeMoney,
  isZeroMoney,
  type Money,
  money,
  multiplyMoney,
  negateMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
} from './money';
export { parseMoney, toDecimalString } from './money-decimal';
export type { LineDiscount, LineItem, LineTotals, Order, Totals } from './order';
export type { Payment, PaymentMethod, Refund } from './payment';
export {
  isCountryCode,
  maskPhone,
  type NormalizedPhoneNumber,
  normalizePhoneNumber,
  type PhoneNumberProblem,
} from './phone';
export type { CalendarDate, Instant, TimeZone } from './time';
