export * from './billing-store/v1/index';
export * from './messaging-channel/index';
export * from './payment-provider/index';
