/**
 * A Mercado Pago Checkout Pro adapter for cobro, as a third party would write one: it implements `PaymentProviderV1`
 * from `@cobro/core` with the `@cobro/core/adapter` helpers, and passes the contract kit from `@cobro/testing`.
 *
 * @packageDocumentation
 */
export type { MercadoPagoHttpInstance } from './mercado-pago-http';
export { fromMercadoPagoAmount, toMercadoPagoAmount } from './mercado-pago-money';
export { createMercadoPago, type MercadoPagoSettings } from './mercado-pago-provider';
export { signatureManifest } from './mercado-pago-signature';
export type {
  MercadoPagoMerchantOrder,
  MercadoPagoNotification,
  MercadoPagoPayment,
  MercadoPagoPreference,
  MercadoPagoRefund,
} from './mercado-pago-types';
