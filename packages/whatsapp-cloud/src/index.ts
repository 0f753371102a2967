/**
 * `@cobro/whatsapp-cloud`: the WhatsApp Cloud API for cobro. This release has webhook verification (the
 * subscription handshake and `X-Hub-Signature-256` over the raw bytes, with WebCrypto) and typed parsing of inbound
 * messages and statuses into `MessagingChannelV1` events.
 *
 * ```sh
 * npm install @cobro/core @cobro/whatsapp-cloud
 * ```
 *
 * @packageDocumentation
 */
export * from './webhook/index';
