/**
 * The outbox key of a send: `<invoiceId>:<stage>`, each part percent-encoded so no two (invoice, stage) pairs share a
 * key (`a:b` + `c` and `a` + `b:c` differ). Stores use it as the unique key; the runtime passes it to the channel as
 * callback data so a delivery status can settle an ambiguous send.
 */
export function createOutboxKey(invoiceId: string, stage: string): string {
  return `${encodeURIComponent(invoiceId)}:${encodeURIComponent(stage)}`;
}
