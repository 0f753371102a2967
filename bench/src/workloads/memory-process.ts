import { createMemoryStore } from '@cobro/core';
import { generateBooks } from '../data/generate-invoices';

// One store size in a fresh process (run with --expose-gc): fill the memory store, collect garbage, read RSS.
const invoiceCount = Number(process.argv[2]);
const settle = () => {
  for (let pass = 0; pass < 3; pass++) globalThis.gc?.();
  return process.memoryUsage();
};
const store = createMemoryStore();
const before = settle();
const started = performance.now();
let customers = 0;
for (const book of generateBooks(invoiceCount, 7)) {
  await store.putCustomer(book.customer);
  customers++;
  for (const invoice of book.invoices) await store.putInvoice(invoice);
}
const fillMs = performance.now() - started;
const after = settle();
// The shape one stored invoice has on the heap: how many objects and strings the store keeps per invoice.
const sample = await store.getInvoice('inv_0');
let objects = 0;
let strings = 0;
const walk = (value: unknown) => {
  if (typeof value === 'string') strings++;
  else if (value !== null && typeof value === 'object') {
    objects++;
    for (const child of Object.values(value)) walk(child);
  }
};
walk(sample);
process.stdout.write(
  JSON.stringify({
    invoiceCount,
    customers,
    fillMs,
    objectsPerInvoice: objects,
    stringsPerInvoice: strings,
    jsonBytesPerInvoice: JSON.stringify(sample).length,
    heapBefore: before.heapUsed,
    rssBefore: before.rss,
    rssAfter: after.rss,
    heapAfter: after.heapUsed,
  }),
);
