/**
 * `@cobro/testing`.
 *
 * @packageDocumentation
 */
export {};
