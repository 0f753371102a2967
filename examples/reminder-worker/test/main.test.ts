import { describe, expect, it } from 'vitest';
import { runMain } from './run-main';

describe('pnpm start without credentials', () => {
  it('simulates four weeks with two workers on the emulators, prints each message once, and exits 0', async () => {
    const main = runMain({});
    const code = await new Promise<number | null>((resolve) => main.child.once('exit', resolve));
    const output = main.output();
    expect(code, output).toBe(0);
    const lines = output.split('\n').filter((line) => /^\w{3}, 2027-/.test(line));
    expect(lines.map((line) => line.replace(/\s+/g, ' ').replace(/ by .*/, ''))).toEqual([
      'Mon, 2027-01-04, 09:10 America/Mexico_City Carlos invoice',
      'Mon, 2027-01-04, 09:15 America/Tijuana Lucía invoice',
      'Tue, 2027-01-12, 10:00 America/Mexico_City Carlos before-3',
      'Tue, 2027-01-12, 10:00 America/Tijuana Lucía before-3',
      'Fri, 2027-01-15, 10:00 America/Mexico_City Carlos due',
      'Fri, 2027-01-15, 10:00 America/Tijuana Lucía due',
      'Mon, 2027-01-18, 10:00 America/Mexico_City Carlos after-3',
      'Mon, 2027-01-18, 10:00 America/Tijuana Lucía after-3',
      'Tue, 2027-01-19, 12:00 America/Tijuana Lucía payment confirmation',
      'Fri, 2027-01-22, 10:00 America/Mexico_City Carlos after-7',
      'Fri, 2027-01-29, 10:00 America/Mexico_City Carlos after-14',
    ]);
    expect(output).toContain('11 WhatsApp messages, each once');
    expect(output).toMatch(/worker-1: \d+ runs, [1-9]\d* sent/);
    expect(output).toMatch(/worker-2: \d+ runs, [1-9]\d* sent/);
  }, 60_000);
});
