/**
 * `@cobro/conekta`.
 *
 * @packageDocumentation
 */
export {};
