/**
 * `@cobro/stripe`.
 *
 * @packageDocumentation
 */
export {};
