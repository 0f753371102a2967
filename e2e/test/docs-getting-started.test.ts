import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it, vi } from 'vitest';

// The getting-started guide promises a sent invoice in five minutes: run its code as written.
it('runs the getting-started example as written and sends the invoice', async () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const guide = readFileSync(join(here, '../../docs/getting-started.md'), 'utf8');
  const code = /## Send your first invoice\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(guide)?.[1];
  expect(code).toBeDefined();
  const folder = mkdtempSync(join(here, '.guide-'));
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const file = join(folder, 'first-invoice.ts');
    writeFileSync(file, code!);
    await import(file);
    const [state, body] = log.mock.calls.map((call) => String(call[0]));
    expect(state).toBe('sent');
    const sent = JSON.parse(body!) as { type: string; to: string; template: { name: string } };
    expect(sent).toMatchObject({ type: 'template', to: '16175550143', template: { name: 'cobro_invoice_sent' } });
    expect(body).toContain('$200.00');
  } finally {
    log.mockRestore();
    rmSync(folder, { recursive: true, force: true });
  }
});
