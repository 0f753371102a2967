import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DemoResult, runDemo } from '../src/run-demo';
import { type ServedConsole, serveConsole } from '../src/serve-console';

let result: DemoResult;
let served: ServedConsole;

beforeAll(async () => {
  result = await runDemo();
  served = await serveConsole(result);
}, 120_000);

afterAll(async () => {
  await served?.close();
});

it('--serve shows each shop’s month in the console on loopback', async () => {
  expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const index = await (await fetch(served.url)).text();
  for (const shop of ['pasticceria-rossi', 'floreria-jacaranda', 'atelie-souza', 'harbor-bikes'])
    expect(index).toContain(`href="/${shop}/"`);
  const invoices = await fetch(`${served.url}pasticceria-rossi/`);
  expect(invoices.status).toBe(200);
  const page = await invoices.text();
  expect(page).toContain('F-2026-0042');
  // Giulia wrote STOP on 9 December: the console names the rule that now holds every reminder.
  expect(page).toContain('Held: opted-out (rule of preset whatsapp-base)');
  const chat = await (await fetch(`${served.url}atelie-souza/invoices/as-0301`)).text();
  expect(chat).toContain('Posso pagar no dia 15');
  expect(chat).toContain('lang="pt-BR"');
});
