/**
 * `@cobro/conekta`: the Conekta payment provider for cobro. Single-use payment links (card, OXXO cash, SPEI bank
 * transfer), payments and refunds on Conekta orders, and webhooks verified with Conekta's RSA `digest` signature.
 *
 * ```sh
 * npm install @cobro/core @cobro/conekta
 * ```
 *
 * ```ts
 * import { createConekta } from '@cobro/conekta';
 * const conekta = createConekta({ privateKey: process.env.CONEKTA_PRIVATE_KEY });
 * ```
 *
 * @packageDocumentation
 */
export { type ConektaProvider, type ConektaProviderSettings, createConekta } from './conekta-provider';
export type { ConektaWebhookEvent } from './create-conekta-webhook-parser';
export { importConektaWebhookPublicKey, verifyConektaSignature } from './verify-conekta-signature';
