import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

// The schemas come from the official Conekta 2.3.0 spec (see the fixture's `source` and `sha256`; regenerate with
// scripts/extract-conekta-spec-subset.mjs). Two adjustments, both stricter or neutral, never looser:
// 1. request bodies: plain object schemas get `additionalProperties: false`, so a misspelt or invented field fails
//    (the spec leaves it open) and `customer_info`'s `oneOf` can tell its two branches apart;
// 2. Ajv cannot apply OpenAPI discriminators with `mapping`, and the payment-method branches overlap without them,
//    so a discriminated `oneOf` is checked as `anyOf`.
// OpenAPI 3.0 dialect (`nullable`, boolean `exclusiveMinimum`) is translated to the JSON Schema Ajv speaks.
const fixture = JSON.parse(
  readFileSync(new URL('../__fixtures__/conekta-openapi-subset.json', import.meta.url), 'utf8'),
) as {
  source: string;
  apiVersion: string;
  components: { schemas: Record<string, unknown> };
};

type Node = Record<string, unknown>;

function adjust(node: unknown, closeObjects: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => adjust(item, closeObjects));
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) out[key] = adjust(value, closeObjects);
  if (out.discriminator && Array.isArray(out.oneOf)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  delete out.discriminator;
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum (draft-04); Ajv speaks draft-07.
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[exclusive] === 'boolean') {
      if (out[exclusive] === true) out[exclusive] = out[bound];
      else delete out[exclusive];
      if (out[exclusive] !== undefined) delete out[bound];
    }
  }
  // OpenAPI 3.0 `nullable` (also beside `$ref` / `allOf`, which Ajv refuses) becomes an explicit null branch.
  if (out.nullable !== undefined) {
    const nullable = out.nullable === true;
    delete out.nullable;
    if (nullable) return { anyOf: [out, { type: 'null' }] };
  }
  if (
    closeObjects &&
    out.properties &&
    out.additionalProperties === undefined &&
    !out.allOf &&
    !out.oneOf &&
    !out.anyOf
  ) {
    out.additionalProperties = false;
  }
  return out;
}

function createValidator(closeObjects: boolean) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its default export arrives wrapped or not depending on the loader.
  const applyFormats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  applyFormats(ajv);
  for (const name of ['int8', 'int32', 'int64']) ajv.addFormat(name, { type: 'number', validate: Number.isInteger });
  ajv.addSchema({ $id: 'conekta', components: adjust(fixture.components, closeObjects) }, 'conekta');
  return (schemaName: string, value: unknown): ErrorObject[] => {
    const validate = ajv.getSchema(`conekta#/components/schemas/${schemaName}`);
    if (!validate) throw new Error(`no schema ${schemaName}`);
    return validate(value) ? [] : (validate.errors ?? []);
  };
}

/** Validates a request body against a spec schema (closed objects: unknown fields fail). Returns Ajv's errors. */
export const validateConektaRequest = createValidator(true);
/** Validates a response body against a spec schema (open objects, as the API may add fields). */
export const validateConektaResponse = createValidator(false);
/** Where the schemas came from. */
export const conektaSpecSource = `${fixture.source} (API ${fixture.apiVersion})`;
