import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planCorpus, planFingerprint } from './plan-corpus';

// One line per customer: `<customerId> <fingerprint of the plan and the gate's decisions>`. Recorded with
// RECORD_PLAN_FINGERPRINTS=1 from the code before the speed work; work on speed must leave every line as it is.
const fixture = new URL('./__fixtures__/plan-fingerprints.txt', import.meta.url);

describe('plans on a seeded corpus of 10,000 invoices', () => {
  it('are the recorded ones, customer by customer', () => {
    const lines: string[] = [];
    let invoices = 0;
    for (const book of planCorpus(10_000)) {
      invoices += book.invoices.length;
      lines.push(`${book.customer.id} ${planFingerprint(book)}`);
    }
    expect(invoices).toBe(10_000);
    if (process.env.RECORD_PLAN_FINGERPRINTS === '1') writeFileSync(fixture, `${lines.join('\n')}\n`);
    const recorded = readFileSync(fixture, 'utf8').trimEnd().split('\n');
    const changed = lines.filter((line, index) => line !== recorded[index]);
    expect(lines.length).toBe(recorded.length);
    expect(changed).toEqual([]);
  });
});
