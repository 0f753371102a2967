/**
 * `@cobro/whatsapp-cloud`.
 *
 * @packageDocumentation
 */
export {};
