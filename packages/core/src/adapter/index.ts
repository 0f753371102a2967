/**
 * `@cobro/core/adapter`: helpers for adapter authors (ours and yours). Apps do not need this entry point.
 *
 * @packageDocumentation
 */
export { createHttpClient } from './create-http-client';
export * from './helpers';
