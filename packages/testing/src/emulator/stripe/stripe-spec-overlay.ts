type Schema = Record<string, unknown>;

/**
 * Brings the 2023-08-16 request schemas up to the parameters cobro sends that Stripe added later (SPEC-OVERLAY.md),
 * and closes every object so an unknown parameter fails as it does on Stripe ("Received unknown parameter").
 * Nothing is loosened.
 */
export function applyStripeSpecOverlay(requests: Record<string, Schema>): Record<string, Schema> {
  const copy = JSON.parse(JSON.stringify(requests)) as Record<string, Schema>;
  const links = copy['POST /v1/payment_links'] as { properties: Record<string, Schema> };
  // 1. `restrictions[completed_sessions][limit]` (Payment Links that complete a limited number of times).
  links.properties.restrictions = {
    type: 'object',
    properties: {
      completed_sessions: {
        type: 'object',
        properties: { limit: { type: 'integer', minimum: 1 } },
        required: ['limit'],
      },
    },
    required: ['completed_sessions'],
  };
  // 2. `payment_intent_data[metadata]` (copied to the PaymentIntent and its charges).
  const intentData = links.properties.payment_intent_data as { properties: Record<string, Schema> };
  intentData.properties.metadata = { type: 'object', additionalProperties: { type: 'string' } };
  // 3. The same two on `POST /v1/payment_links/{payment_link}` (restrictions can be changed on update).
  const update = copy['POST /v1/payment_links/{payment_link}'] as { properties: Record<string, Schema> };
  update.properties.restrictions = links.properties.restrictions;
  return Object.fromEntries(Object.entries(copy).map(([key, schema]) => [key, close(schema) as Schema]));
}

function close(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(close);
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) out[key] = key === 'enum' ? value : close(value);
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}
