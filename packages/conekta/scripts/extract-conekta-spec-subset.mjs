// Extracts the schemas the Conekta adapter's tests validate against from the official bundled spec
// (github.com/conekta/openapi `_build/api.yaml`), with every schema they reference, into a small JSON fixture.
// Usage: node scripts/extract-conekta-spec-subset.mjs <path to api.yaml> <commit>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const [specPath, commit] = process.argv.slice(2);
if (!specPath || !commit) throw new Error('usage: extract-conekta-spec-subset.mjs <api.yaml> <commit>');
const text = readFileSync(specPath, 'utf8');
const spec = parse(text);
const roots = [
  'checkout',
  'orderRefund_request',
  'checkout_response',
  'checkouts_response',
  'order_response',
  'error',
  'event_response',
];
const schemas = {};
const visit = (name) => {
  if (schemas[name]) return;
  const schema = spec.components.schemas[name];
  if (!schema) throw new Error(`missing schema ${name}`);
  schemas[name] = schema;
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') visit(value.replace('#/components/schemas/', ''));
        else walk(value);
      }
    }
  };
  walk(schema);
};
roots.forEach(visit);
const operations = {
  'POST /checkouts': spec.paths['/checkouts'].post.requestBody.content['application/json'].schema,
  'POST /orders/{id}/refunds': spec.paths['/orders/{id}/refunds'].post.requestBody.content['application/json'].schema,
};
const out = {
  source: `github.com/conekta/openapi@${commit}:_build/api.yaml`,
  sha256: createHash('sha256').update(text).digest('hex'),
  apiVersion: spec.info.version,
  requestBodies: operations,
  components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) },
};
writeFileSync(
  new URL('../test/__fixtures__/conekta-openapi-subset.json', import.meta.url),
  `${JSON.stringify(out, null, 2)}\n`,
);
console.log(`wrote ${Object.keys(schemas).length} schemas`);
