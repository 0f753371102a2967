// `@cobro/core/adapter` under the `workerd`, `edge-light` and `worker` export conditions: the same exports, with a
// `createHttpClient` over the runtime's `fetch`, so an edge bundle carries no axios unless the app passes its own.
export { createHttpClient } from './create-fetch-http-client';
export * from './helpers';
