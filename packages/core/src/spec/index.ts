export * from './billing-store/v1/index';
export * from './payment-provider/index';
