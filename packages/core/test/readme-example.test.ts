import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The README's example is what newcomers copy first: run it as written, so it cannot drift from the API.
it('runs the README example as written', async () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const readme = readFileSync(join(here, '../../../README.md'), 'utf8');
  const code = /## What it looks like\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(code).toBeDefined();
  const folder = mkdtempSync(join(here, '.readme-'));
  try {
    const file = join(folder, 'example.ts');
    writeFileSync(file, `${code}\nexport { plan };\n`);
    const { plan } = (await import(file)) as { plan: { reminders: unknown[]; skipped: unknown[]; presets: string[] } };
    expect(plan.presets).toEqual(['whatsapp-base', 'IT']);
    // The example plans with `new Date()`: every one of the five default stages is either planned or skipped.
    expect(plan.reminders.length + plan.skipped.length).toBe(5);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
