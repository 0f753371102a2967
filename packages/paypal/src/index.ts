/**
 * `@cobro/paypal`.
 *
 * @packageDocumentation
 */
export {};
