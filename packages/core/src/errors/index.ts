export { ApiCallError, type ApiCallErrorKind, type ApiCallErrorOptions } from './api-call-error';
export { CobroError } from './cobro-error';
export { CurrencyMismatchError } from './currency-mismatch-error';
export { IllegalTransitionError } from './illegal-transition-error';
export { LoadSettingError } from './load-setting-error';
export { StaleVersionError } from './stale-version-error';
export { UnsupportedSpecificationVersionError } from './unsupported-specification-version-error';
export { ValidationError, type ValidationIssue } from './validation-error';
export { WebhookVerificationError, type WebhookVerificationFailure } from './webhook-verification-error';
