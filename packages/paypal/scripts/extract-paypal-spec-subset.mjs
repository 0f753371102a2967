// Extracts the schemas the PayPal emulator and the golden tests validate against from the official PayPal OpenAPI
// files (github.com/paypal/paypal-rest-api-specifications @ec4d8f36, copied to /work/shared/specs/paypal), keeping
// each file's schemas under its own key because names collide across files (`money`, `capture`).
// Usage: node packages/paypal/scripts/extract-paypal-spec-subset.mjs [specDir]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const specDir = process.argv[2] ?? '/work/shared/specs/paypal';
const out = new URL('../../testing/src/emulator/paypal/paypal-schemas.generated.json', import.meta.url);
const roots = {
  invoicing_v2: ['invoice', 'notification', 'search_data', 'link_description', 'error_default'],
  checkout_orders_v2: ['order_request', 'order', 'order_capture_request', 'error_default'],
  payments_payment_v2: ['refund_request', 'refund', 'capture', 'error_default'],
  notifications_webhooks_v1: ['verify_webhook_signature', 'verify_webhook_signature_response', 'event'],
};

const isSchema = (value) =>
  !!value && typeof value === 'object' && ('type' in value || '$ref' in value || 'allOf' in value);
const strip = (node) => {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    // Prose and examples are not needed to validate and make up most of the size.
    // A property *named* `description` (an object schema) stays; only the prose annotation (a string) goes.
    if (key === 'description' && typeof value === 'string') continue;
    if ((key === 'example' || key === 'examples' || key === 'externalDocs') && !isSchema(value)) continue;
    copy[key] = strip(value);
  }
  return copy;
};

const result = {
  source: 'github.com/paypal/paypal-rest-api-specifications@ec4d8f36a6ab0abcc3865e1072aaddc85ea14d5c',
  files: {},
};
for (const [file, names] of Object.entries(roots)) {
  const text = readFileSync(`${specDir}/${file}.json`, 'utf8');
  const spec = JSON.parse(text);
  const all = spec.components.schemas;
  const kept = {};
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.shift();
    if (kept[name]) continue;
    if (!all[name]) throw new Error(`${file}: no schema ${name}`);
    kept[name] = strip(all[name]);
    for (const match of JSON.stringify(all[name]).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) queue.push(match[1]);
  }
  result.files[file] = {
    info: `${spec.info.title} ${spec.info.version}`,
    sha256: createHash('sha256').update(text).digest('hex'),
    schemas: Object.fromEntries(Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
writeFileSync(out, `${JSON.stringify(result)}\n`);
console.log(
  `wrote ${out.pathname}`,
  Object.fromEntries(Object.entries(result.files).map(([f, v]) => [f, Object.keys(v.schemas).length])),
);
