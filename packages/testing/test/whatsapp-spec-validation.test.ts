import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateWhatsAppMessageRequest } from '@cobro/testing';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Documentation examples put placeholders where enum values belong: use the first alternative, or a valid value.
const realValues: Record<string, string> = { '<HEADER_TYPE>': 'text' };
function withoutPlaceholders(value: unknown): unknown {
  if (typeof value === 'string') {
    const alternatives = /^<([A-Z_]+(?:\|[A-Z_]+)+)>$/.exec(value);
    return realValues[value] ?? (alternatives ? (alternatives[1] as string).split('|')[0]! : value);
  }
  if (Array.isArray(value)) return value.map(withoutPlaceholders);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutPlaceholders(inner)]));
  return value;
}

const shared = (path: string) => fileURLToPath(new URL(`../../../../shared/specs/whatsapp/${path}`, import.meta.url));

describe("validation against Meta's OpenAPI schemas plus the overlay", () => {
  it("accepts the spec's own message examples", () => {
    const spec = parse(readFileSync(shared('business-messaging-api_v23.0.yaml'), 'utf8'), { maxAliasCount: -1 });
    const examples = spec.paths['/{Version}/{Phone-Number-ID}/messages'].post.requestBody.content['application/json']
      .examples as Record<string, { value: Record<string, unknown> }>;
    const results = Object.entries(examples).map(([name, example]) => {
      const body = withoutPlaceholders(example.value) as Record<string, unknown>;
      // One example ("Send Reply to List Message") forgets `type`; the API would take it for text.
      if (body.type === undefined && body.interactive !== undefined) body.type = 'interactive';
      return [name, validateWhatsAppMessageRequest(body)] as const;
    });
    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(results.filter(([, problems]) => problems.length > 0)).toEqual([]);
  });

  it('accepts the Postman collection’s message bodies that are plain JSON', () => {
    const collection = JSON.parse(readFileSync(shared('whatsapp-cloud-api.postman_collection.json'), 'utf8'));
    const bodies: { name: string; body: Record<string, unknown> }[] = [];
    const walk = (
      items: { name: string; item?: unknown[]; request?: { url?: { raw?: string }; body?: { raw?: string } } }[],
    ) => {
      for (const item of items) {
        if (item.item) walk(item.item as typeof items);
        const raw = item.request?.body?.raw;
        if (!raw || !/\/messages$/.test(item.request?.url?.raw ?? '')) continue;
        try {
          const body = JSON.parse(raw);
          // Payments India's legacy order_details shape is left out (SPEC-OVERLAY.md).
          const legacy = body?.interactive?.order_details !== undefined;
          if (body?.messaging_product === 'whatsapp' && !legacy)
            bodies.push({ name: item.name, body: withoutPlaceholders(body) as Record<string, unknown> });
        } catch {
          // bodies with unquoted {{placeholders}} are templates for Postman, not JSON
        }
      }
    };
    walk(collection.item);
    expect(bodies.length).toBeGreaterThanOrEqual(20);
    const refused = bodies
      .map(({ name, body }) => [name, validateWhatsAppMessageRequest(body)] as const)
      .filter(([, problems]) => problems.length > 0);
    expect(refused).toEqual([]);
  });

  it('refuses bodies that break the schema, saying where', () => {
    expect(
      validateWhatsAppMessageRequest({ messaging_product: 'whatsapp', to: '1', type: 'text', text: { body: 42 } }),
    ).toEqual(['/text/body must be string']);
    expect(
      validateWhatsAppMessageRequest({
        messaging_product: 'whatsapp',
        to: '1',
        type: 'document',
        document: { filename: 'x.pdf' },
      }),
    ).not.toEqual([]);
    expect(validateWhatsAppMessageRequest({ messaging_product: 'whatsapp', to: '1', type: 'postcard' })).toEqual([
      '/type "postcard" is not a message type the Cloud API accepts',
    ]);
    expect(
      validateWhatsAppMessageRequest({ messaging_product: 'whatsapp', type: 'text', text: { body: 'hi' } }),
    ).not.toEqual([]);
  });
});
