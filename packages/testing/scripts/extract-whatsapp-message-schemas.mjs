// Extracts, from Meta's official OpenAPI file (shared/specs/whatsapp, beside the repository), the request schemas of
// POST /{Version}/{Phone-Number-ID}/messages and everything they reference, unchanged, into
// src/emulator/whatsapp/whatsapp-message-schemas.generated.json, so the published emulator can validate requests
// without the 1 MB spec. The overlay that fixes the spec's known defects is applied at load time, in code
// (whatsapp-spec-overlay.ts). Run: node scripts/extract-whatsapp-message-schemas.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const specPath = fileURLToPath(
  new URL('../../../../shared/specs/whatsapp/business-messaging-api_v23.0.yaml', import.meta.url),
);
const text = readFileSync(specPath, 'utf8');
const spec = parse(text, { maxAliasCount: -1 });
const schemas = {};
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      const name = value.slice('#/components/schemas/'.length);
      if (!schemas[name]) {
        schemas[name] = spec.components.schemas[name];
        visit(schemas[name]);
      }
    } else if (key !== 'example' && key !== 'examples') {
      visit(value);
    }
  }
};
visit({ $ref: '#/components/schemas/Message' });
const output = {
  source: 'github.com/facebook/openapi business-messaging-api_v23.0.yaml',
  sha256: createHash('sha256').update(text).digest('hex'),
  components: { schemas },
};
const target = fileURLToPath(
  new URL('../src/emulator/whatsapp/whatsapp-message-schemas.generated.json', import.meta.url),
);
writeFileSync(target, `${JSON.stringify(output, null, 1)}\n`);
console.log(`${Object.keys(schemas).length} schemas → ${target}`);
