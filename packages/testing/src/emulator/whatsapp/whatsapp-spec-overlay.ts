type Schema = Record<string, unknown>;
type Schemas = Record<string, Schema>;

const media = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    link: { type: 'string' },
    caption: { type: 'string' },
    filename: { type: 'string' },
  },
};

/**
 * @internal Fixes the known defects of Meta's `business-messaging-api_v23.0.yaml` message schemas (numbered as in
 * SPEC-OVERLAY.md), on a copy. Everything the spec gets right is kept as it is.
 */
export function applyWhatsAppSpecOverlay(original: Schemas): Schemas {
  const schemas = structuredClone(original) as Schemas;
  // 1. Each *Message is allOf[BaseMessageProperties, {additionalProperties: false, …}], which rejects the base
  //    properties themselves (messaging_product, to…): no example of the spec validates as written.
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith('Message') || !Array.isArray(schema.allOf)) continue;
    for (const part of schema.allOf as Schema[]) delete part.additionalProperties;
  }
  // 6. recipient_type is optional (it defaults to individual), and a business-scoped user id goes in `recipient`
  //    instead of `to`; biz_opaque_callback_data is missing.
  const base = schemas.BaseMessageProperties as Schema & { properties: Schema };
  base.required = ['messaging_product', 'type'];
  base.anyOf = [{ required: ['to'] }, { required: ['recipient'] }];
  base.properties.recipient = { type: 'string' };
  base.properties.biz_opaque_callback_data = { type: 'string', maxLength: 512 };
  // 2. language.policy is optional in practice.
  (schemas.LanguageObject as Schema).required = ['code'];
  // 3. button index is sent as a string or an integer (the pattern `^[2-6, 11-14]$` is bogus), and sub_type lacks
  //    flow, copy_code, payment_request and mpm. 8. parameters may carry parameter_name (named templates).
  const component = schemas.TemplateComponent as Schema & { properties: Record<string, Schema> };
  component.properties.index = { type: ['string', 'integer'] };
  component.properties.sub_type = {
    type: 'string',
    enum: ['quick_reply', 'url', 'catalog', 'flow', 'copy_code', 'payment_request', 'mpm', 'CATALOG'],
  };
  component.properties.parameters = {
    type: 'array',
    items: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string' }, parameter_name: { type: 'string', pattern: '^[a-z0-9_]+$' } },
    },
  };
  delete component.discriminator;
  // 4. interactive types cta_url, order_details, order_status, location_request_message, address_message and
  //    carousel exist, with actions the spec does not describe.
  const interactive = schemas.InteractiveObject as Schema & {
    properties: Record<string, Schema & { enum?: string[] }>;
  };
  interactive.properties.type = {
    type: 'string',
    enum: [
      ...(interactive.properties.type?.enum ?? []),
      'cta_url',
      'order_details',
      'order_status',
      'location_request_message',
      'address_message',
      'carousel',
    ],
  };
  const action = schemas.ActionObject as Schema & { oneOf: Schema[] };
  action.oneOf.push(
    {
      required: ['name', 'parameters'],
      properties: {
        name: { enum: ['cta_url'] },
        parameters: {
          type: 'object',
          required: ['display_text', 'url'],
          properties: { display_text: { type: 'string', maxLength: 20 }, url: { type: 'string' } },
        },
      },
    },
    {
      required: ['name', 'parameters'],
      properties: {
        name: { enum: ['review_and_pay'] },
        parameters: {
          type: 'object',
          required: ['reference_id', 'type', 'currency', 'total_amount', 'order'],
          properties: {
            reference_id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,60}$' },
            payment_type: { type: 'string' },
          },
        },
      },
    },
    {
      required: ['name', 'parameters'],
      properties: {
        name: { enum: ['review_order'] },
        parameters: {
          type: 'object',
          required: ['reference_id', 'order'],
          properties: {
            order: {
              type: 'object',
              required: ['status'],
              properties: {
                status: { enum: ['pending', 'processing', 'partially-shipped', 'shipped', 'completed', 'canceled'] },
              },
            },
          },
        },
      },
    },
  );
  // 5. Location latitude and longitude are numbers (the spec says string).
  const locationPart = ((schemas.LocationMessage as Schema).allOf as Schema[])[1] as {
    properties: { location: { properties: Record<string, Schema> } };
  };
  for (const field of ['latitude', 'longitude'])
    locationPart.properties.location.properties[field] = { type: ['number', 'string'] };
  // 10. Optional contact name parts may be null.
  const name = schemas.NameObject as { properties?: Record<string, Schema> } | undefined;
  for (const property of Object.values(name?.properties ?? {})) {
    if (property.type === 'string') property.type = ['string', 'null'];
  }
  // 7. Document (and image) media objects take caption and filename; the oneOf on id/link is kept below.
  schemas.MediaObject = { ...media, oneOf: [{ required: ['id'] }, { required: ['link'] }] };
  return schemas;
}

/** @internal 9. The read receipt and typing indicator request is outside the spec's Message oneOf. */
export const readReceiptSchema: Schema = {
  type: 'object',
  required: ['messaging_product', 'status', 'message_id'],
  additionalProperties: false,
  properties: {
    messaging_product: { const: 'whatsapp' },
    status: { const: 'read' },
    message_id: { type: 'string' },
    typing_indicator: { type: 'object', required: ['type'], properties: { type: { const: 'text' } } },
  },
};
