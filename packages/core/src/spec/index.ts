export * from './billing-store/v1/index';
