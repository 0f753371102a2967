export { resolvePaymentProvider } from './resolve-payment-provider';
export * from './v1/index';
