/**
 * `@cobro/console`: a web console over cobro's billing runtime, mounted with one line. Invoices with their next
 * planned action and what holds it, each invoice's timeline beside its WhatsApp chat, customers' consent evidence,
 * the review queue of sends that need a person, reports with SVG charts and CSV exports, and a message preview.
 *
 * Server-rendered HTML, no client script, no build step; runs on Node and in edge runtimes.
 *
 * ```sh
 * npm install @cobro/console
 * ```
 *
 * @packageDocumentation
 */
export type { ConsoleOptions, ConsoleViewer } from './console-options';
export { createConsole } from './create-console';
