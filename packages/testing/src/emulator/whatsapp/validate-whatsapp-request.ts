import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import generated from './whatsapp-message-schemas.generated.json';
import { applyWhatsAppSpecOverlay, readReceiptSchema } from './whatsapp-spec-overlay';

const id = 'https://cobro.dev/specs/whatsapp-messages.json';
let validators: { message: (type: string) => ValidateFunction | undefined; read: ValidateFunction } | undefined;

function load() {
  if (validators) return validators;
  // OpenAPI 3.1 schemas are JSON Schema 2020-12; OpenAPI-only keywords (discriminator, example) are ignored.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({
    $id: id,
    components: {
      schemas: applyWhatsAppSpecOverlay(generated.components.schemas as Record<string, Record<string, unknown>>),
    },
  });
  const mapping = (generated.components.schemas.Message as { discriminator: { mapping: Record<string, string> } })
    .discriminator.mapping;
  const read = ajv.compile(readReceiptSchema);
  validators = {
    // Validate against the discriminator's branch for the body's `type`, as Meta's own examples are meant to be.
    message: (type) => (mapping[type] ? ajv.getSchema(`${id}${mapping[type]}`) : undefined),
    read,
  };
  return validators;
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`);

/**
 * Validates a `POST /{version}/{phone-number-id}/messages` body against Meta's OpenAPI schemas plus cobro's overlay
 * for the spec's known defects (SPEC-OVERLAY.md). Returns the problems, empty when the body is valid.
 */
export function validateWhatsAppMessageRequest(body: Record<string, unknown>): string[] {
  const { message, read } = load();
  if (body.status === 'read') return read(body) ? [] : describe(read.errors);
  // 11. `type` may be left out: the Cloud API then sends a text message.
  const type = typeof body.type === 'string' ? body.type : body.text !== undefined ? 'text' : '';
  const validate = message(type);
  if (!validate) return [`/type "${type}" is not a message type the Cloud API accepts`];
  return validate({ type, ...body }) ? [] : describe(validate.errors);
}
