import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Under `require()` a network error was an ApiCallError that failed `instanceof ApiCallError`: the CommonJS build
// of `@cobro/core/adapter` carried its own copy of the classes. Each package throws its own kind of error here, in a
// fresh Node process loading the built files, once through `require()` and once through `import`.
const checks = `
async function caught(action) {
  try { await action(); } catch (error) { return error; }
  throw new Error('did not throw');
}
const closed = 'http://127.0.0.1:' + process.env.CLOSED_PORT;
const linkOptions = {
  amount: core.parseMoney('10.00', 'MXN'), invoiceReference: 'inv-1', attempt: 1, description: 'cake',
  customer: { id: 'c-1', name: 'Ana', locale: 'es-MX', country: 'MX' }, idempotencyKey: 'k-1',
};
const errors = {
  core: [core.ValidationError, await caught(() => core.parseMoney('ten', 'MXN'))],
  'core/adapter': [core.LoadSettingError, await caught(() => adapter.loadSetting({ value: undefined, environmentVariable: 'COBRO_NOT_SET', settingName: 'x', description: 'x' }))],
  'whatsapp-cloud': [core.ApiCallError, await caught(() => whatsapp.createWhatsAppCloud({ accessToken: 't', phoneNumberId: '1', appSecret: 's', baseURL: closed, retry: { maxAttempts: 1 }, pacing: false }).channel.send({ to: '+5215512341001', type: 'text', text: 'hola' }))],
  stripe: [core.ApiCallError, await caught(() => stripe.createStripe({ secretKey: 'sk_test_x', baseURL: closed }).createPaymentLink(linkOptions))],
  paypal: [core.ApiCallError, await caught(() => paypal.createPayPal({ clientId: 'id', clientSecret: 'secret', baseURL: closed }).createPaymentLink(linkOptions))],
  conekta: [core.ApiCallError, await caught(() => conekta.createConekta({ privateKey: 'key_x', baseURL: closed }).createPaymentLink(linkOptions))],
  testing: [core.WebhookVerificationError, await caught(() => testing.createInMemoryPaymentProvider({ webhookSecret: 'whsec_x' }).parseWebhook({ rawBody: '{}', headers: {} }))],
};
const report = {};
for (const [name, [Class, error]] of Object.entries(errors)) {
  report[name] = {
    name: error.name,
    instanceofClass: error instanceof Class,
    instanceofCobroError: error instanceof core.CobroError,
    isInstance: Class.isInstance(error) && core.CobroError.isInstance(error),
  };
}
// The build is minified: every error class must still carry its own name.
const classNames = Object.entries(core)
  .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
  .map(([exported, value]) => [exported, value.name]);
console.log(JSON.stringify({ report, classNames }));
`;

const requireProbe = `
const core = require('@cobro/core');
const adapter = require('@cobro/core/adapter');
const whatsapp = require('@cobro/whatsapp-cloud');
const stripe = require('@cobro/stripe');
const paypal = require('@cobro/paypal');
const conekta = require('@cobro/conekta');
const testing = require('@cobro/testing');
(async () => {${checks}})();
`;

const importProbe = `
import * as core from '@cobro/core';
import * as adapter from '@cobro/core/adapter';
import * as whatsapp from '@cobro/whatsapp-cloud';
import * as stripe from '@cobro/stripe';
import * as paypal from '@cobro/paypal';
import * as conekta from '@cobro/conekta';
import * as testing from '@cobro/testing';
${checks}
`;

describe('one copy of every error class', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  let folder: string;
  let closedPort: number;
  beforeAll(async () => {
    // Inside e2e/, so the probes resolve @cobro/* through node_modules and the packages' `exports`, as an app does.
    folder = mkdtempSync(join(here, '.formats-'));
    writeFileSync(join(folder, 'probe.cjs'), requireProbe);
    writeFileSync(join(folder, 'probe.mjs'), importProbe);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closedPort = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each(['probe.cjs', 'probe.mjs'])(
    'holds for errors thrown by every package, each error class keeping its name (%s)',
    async (probe) => {
      const { stdout } = await promisify(execFile)(process.execPath, [join(folder, probe)], {
        env: { ...process.env, CLOSED_PORT: String(closedPort) },
      });
      const { report, classNames } = JSON.parse(stdout) as {
        report: Record<string, Record<string, unknown>>;
        classNames: [string, string][];
      };
      expect(classNames.length).toBeGreaterThanOrEqual(13);
      for (const [exported, name] of classNames) expect({ exported, name }).toEqual({ exported, name: exported });
      expect(Object.keys(report)).toEqual([
        'core',
        'core/adapter',
        'whatsapp-cloud',
        'stripe',
        'paypal',
        'conekta',
        'testing',
      ]);
      for (const [name, result] of Object.entries(report)) {
        expect({ package: name, ...result }).toMatchObject({
          package: name,
          instanceofClass: true,
          instanceofCobroError: true,
          isInstance: true,
        });
      }
    },
  );
});
