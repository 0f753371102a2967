import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import generated from './paypal-schemas.generated.json';

/** The PayPal OpenAPI files the emulator validates against (github.com/paypal/paypal-rest-api-specifications). */
export type PayPalSpecFile =
  | 'invoicing_v2'
  | 'checkout_orders_v2'
  | 'payments_payment_v2'
  | 'notifications_webhooks_v1';

type Node = Record<string, unknown>;
const files = generated.files as unknown as Record<PayPalSpecFile, { schemas: Record<string, Node> }>;

// Schemas used as an `allOf` branch: closing them would refuse the other branches' properties (SPEC-OVERLAY.md, 2).
function allOfTargets(schemas: Record<string, Node>): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Node;
    if (Array.isArray(record.allOf)) {
      for (const branch of record.allOf as Node[]) {
        const ref = typeof branch.$ref === 'string' ? branch.$ref.split('/').at(-1) : undefined;
        if (ref) names.add(ref);
      }
    }
    Object.values(record).forEach(visit);
  };
  visit(schemas);
  return names;
}

// OpenAPI 3.0 → JSON Schema 2020-12, plus the overlay documented in SPEC-OVERLAY.md.
function adjust(node: unknown, close: boolean, isAllOfBranch = false): unknown {
  if (Array.isArray(node)) return node.map((item) => adjust(item, close));
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'allOf' && Array.isArray(value)) out[key] = value.map((item) => adjust(item, close, true));
    else out[key] = adjust(value, close);
  }
  delete out.discriminator;
  if (out.nullable !== undefined) {
    const nullable = out.nullable === true;
    delete out.nullable;
    if (nullable) return { anyOf: [out, { type: 'null' }] };
  }
  // 1. Request bodies are closed: an invented or misspelt field fails, where the spec would let it through.
  if (
    close &&
    !isAllOfBranch &&
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

function load(close: boolean) {
  // 3. PayPal's patterns are ECMA-262 without the `u` flag (e.g. a lone `{` in the e-mail pattern).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  for (const [file, { schemas }] of Object.entries(files)) {
    const open = allOfTargets(schemas);
    const adjusted = Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => [name, adjust(schema, close && !open.has(name))]),
    );
    ajv.addSchema({ $id: `https://cobro.dev/specs/paypal/${file}.json`, components: { schemas: adjusted } });
  }
  const cache = new Map<string, ValidateFunction>();
  return (file: PayPalSpecFile, schema: string): ValidateFunction => {
    const key = `${file}#${schema}`;
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.getSchema(`https://cobro.dev/specs/paypal/${file}.json#/components/schemas/${schema}`);
      if (!validate) throw new Error(`PayPal spec ${file} has no schema ${schema}`);
      cache.set(key, validate);
    }
    return validate;
  };
}

let requestValidators: ReturnType<typeof load> | undefined;
let responseValidators: ReturnType<typeof load> | undefined;

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`);

/**
 * Validates a request body against a schema of PayPal's OpenAPI files, with unknown fields refused (SPEC-OVERLAY.md).
 * Returns the problems, empty when the body is valid.
 */
export function validatePayPalRequest(file: PayPalSpecFile, schema: string, body: unknown): string[] {
  requestValidators ??= load(true);
  const validate = requestValidators(file, schema);
  return validate(body) ? [] : describe(validate.errors);
}

/** Validates a response body against a schema of PayPal's OpenAPI files (open objects, as PayPal adds fields). */
export function validatePayPalResponse(file: PayPalSpecFile, schema: string, body: unknown): string[] {
  responseValidators ??= load(false);
  const validate = responseValidators(file, schema);
  return validate(body) ? [] : describe(validate.errors);
}
