import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { quick } from '../lib/bench-mode';
import { benchRoot, sourceFlags } from '../lib/node-flags';
import type { ResultRow, WorkloadResult } from '../lib/workload-result';

const limit = 2 * 1024 ** 3;
const mib = (bytes: number) => bytes / 1_048_576;

interface StoreSample {
  invoiceCount: number;
  customers: number;
  fillMs: number;
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
  objectsPerInvoice: number;
  stringsPerInvoice: number;
  jsonBytesPerInvoice: number;
}

/** Fills the memory store in a fresh process (with --expose-gc) and returns what it measured. */
function measure(invoiceCount: number): StoreSample {
  const script = fileURLToPath(new URL('./memory-process.ts', import.meta.url));
  // A 6 GiB heap ceiling so a store over the 2 GiB goal is measured rather than killed at the default limit.
  const output = execFileSync(
    process.execPath,
    [...sourceFlags, '--expose-gc', '--max-old-space-size=6144', script, String(invoiceCount)],
    { cwd: benchRoot, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(output) as StoreSample;
}

/** Workload 6: resident memory of the memory store holding 100k and 1M invoices, each size in a fresh process. */
export async function runMemory(): Promise<WorkloadResult> {
  const sizes = quick ? [10_000] : [100_000, 1_000_000];
  const samples = sizes.map(measure);
  const rows: ResultRow[] = samples.map((sample) => ({
    subject: `memory store, ${sample.invoiceCount.toLocaleString('en-US')} invoices`,
    metric: 'RSS MiB',
    value: mib(sample.rssAfter),
    note: `${sample.customers.toLocaleString('en-US')} customers; heap ${mib(sample.heapAfter).toFixed(0)} MiB; empty process ${mib(sample.rssBefore).toFixed(0)} MiB; ≈${((sample.rssAfter - sample.rssBefore) / sample.invoiceCount).toFixed(0)} B per invoice with its share of customers; filled in ${(sample.fillMs / 1000).toFixed(1)} s`,
  }));
  const largest = samples.find((sample) => sample.invoiceCount === 1_000_000);
  const biggest = samples.at(-1) as StoreSample;
  const heapPerInvoice = (biggest.heapAfter - biggest.heapBefore) / biggest.invoiceCount;
  rows.push({
    subject: 'heap per stored invoice (with its share of customers)',
    metric: 'B',
    value: heapPerInvoice,
    note: `the invoice is ${biggest.jsonBytesPerInvoice} B as JSON, which the store keeps as one string beside the fields its queries filter on (${biggest.objectsPerInvoice} objects + ${biggest.stringsPerInvoice} strings once read back)`,
  });
  return {
    id: 'memory',
    title: 'Memory store footprint',
    rows,
    targets: [
      {
        goal: '1M invoices under 2 GiB RSS',
        met: largest ? largest.rssAfter < limit : null,
        detail: largest
          ? largest.rssAfter < limit
            ? `${mib(largest.rssAfter).toFixed(0)} MiB`
            : `${mib(largest.rssAfter).toFixed(0)} MiB: ${mib(largest.rssAfter - limit).toFixed(0)} MiB over`
          : 'not measured in quick mode',
      },
    ],
    notes: [
      'Each size in a fresh `node --expose-gc` process: generate the seeded customers and invoices (the same generator as planning), `putCustomer` and `putInvoice` each into `createMemoryStore()`, drop the generator’s objects, `gc()` three times, read `process.memoryUsage().rss`. The process runs from TypeScript sources through tsx, whose loader is part of the empty-process RSS.',
      'Invoices are copies of a few invoices built with createInvoice (ids, numbers, dates and zones changed): validation is not what this measures, and would take minutes at 1M.',
    ],
  };
}
