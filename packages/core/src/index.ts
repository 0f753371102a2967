/**
 * `@cobro/core`: get paid over WhatsApp.
 *
 * Money, customers, orders and invoices; the reminder policy, its planner and the contact gate; jurisdiction presets;
 * the message catalogue; the specs that adapters implement; the billing runtime; typed events and errors.
 *
 * ```sh
 * npm install @cobro/core @cobro/whatsapp-cloud @cobro/stripe
 * ```
 *
 * @packageDocumentation
 */
export * from './billing/index';
export * from './errors/index';
export * from './messages/index';
export * from './model/index';
export * from './pacing/index';
export * from './policy/index';
export * from './reports/index';
export * from './runtime/index';
export * from './spec/index';
export * from './store/index';
export { VERSION } from './version';
