// Extracts what the Stripe emulator needs from the official OpenAPI spec and fixtures (stripe/openapi @63a67463,
// API 2023-08-16): the form request schemas of the endpoints cobro calls, and the fixture objects responses are
// built from. Run: node packages/stripe/scripts/extract-stripe-spec-subset.mjs /work/shared/specs/stripe
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const specDirectory = process.argv[2] ?? '/work/shared/specs/stripe';
const specText = readFileSync(`${specDirectory}/spec3.json`, 'utf8');
const fixturesText = readFileSync(`${specDirectory}/fixtures3.json`, 'utf8');
const spec = JSON.parse(specText);
const fixtures = JSON.parse(fixturesText).resources;

const endpoints = [
  ['POST', '/v1/prices'],
  ['POST', '/v1/payment_links'],
  ['POST', '/v1/payment_links/{payment_link}'],
  ['POST', '/v1/checkout/sessions'],
  ['POST', '/v1/checkout/sessions/{session}/expire'],
  ['POST', '/v1/refunds'],
];
const requests = {};
for (const [method, path] of endpoints) {
  const operation = spec.paths[path][method.toLowerCase()];
  requests[`${method} ${path}`] = operation.requestBody.content['application/x-www-form-urlencoded'].schema;
}
const fixtureNames = [
  'checkout.session',
  'payment_link',
  'price',
  'product',
  'payment_intent',
  'charge',
  'refund',
  'event',
];
const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);
const subset = {
  source: 'github.com/stripe/openapi @63a674638635c68de26b9f3add13e58198f4df44 openapi/spec3.yaml + fixtures3.json',
  apiVersion: spec.info.version,
  sha256: { spec3: sha(specText), fixtures3: sha(fixturesText) },
  requests,
  fixtures: Object.fromEntries(fixtureNames.map((name) => [name, fixtures[name]])),
};
const target = new URL('../../testing/src/emulator/stripe/stripe-spec-subset.generated.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(subset, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
