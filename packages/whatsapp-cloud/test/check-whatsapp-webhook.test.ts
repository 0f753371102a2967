import { parseWhatsAppWebhook } from '@cobro/whatsapp-cloud';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhatsAppWebhook } from '../src/webhook/check-whatsapp-webhook';
import { whatsappWebhookSchemas } from '../src/webhook/whatsapp-webhook-schema';

const whatsappWebhookSchema = whatsappWebhookSchemas().webhook;

import { appSecret, researchPayloads, signature, specWebhookExamples } from './webhook-fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const examples = [...specWebhookExamples(), ...researchPayloads].map((example) => example.payload as Json);

// Every path to a value inside a JSON document.
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => paths(item, [...prefix, index])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...prefix, key])));
  return here;
}

// A copy of `document` with the value at `path` replaced, or removed when `replacement` is undefined.
function mutate(document: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

// Values that sit on the edges of the schema's rules: empty and digit strings, integers and fractions, null, the
// enum members, wrong containers.
const edgeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    '',
    '1750263800',
    '17x',
    'payment',
    'sent',
    'failed',
    'captured',
    'messages',
    'whatsapp_business_account',
    0,
    1.5,
    100,
    -1,
    null,
    true,
    false,
    [],
    {},
    [{}],
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

describe('the hand-written envelope check', () => {
  it('gives the zod schema’s verdict on every spec example and on 5,000 mutations of them', () => {
    for (const example of examples) {
      expect(isWhatsAppWebhook(example)).toBe(true);
      expect(whatsappWebhookSchema.safeParse(example).success).toBe(true);
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...examples).chain((document) =>
          fc.tuple(
            fc.constant(document),
            fc.array(fc.tuple(fc.constantFrom(...paths(document)), fc.option(edgeValue, { nil: undefined })), {
              minLength: 1,
              maxLength: 3,
            }),
          ),
        ),
        ([document, changes]) => {
          let mutated = document;
          for (const [path, replacement] of changes) {
            try {
              mutated = mutate(mutated, path, replacement);
            } catch {
              // An earlier change removed this path's parent: skip it.
            }
          }
          expect(isWhatsAppWebhook(mutated)).toBe(whatsappWebhookSchema.safeParse(mutated).success);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('reads a status typed "payment" without a payment object as a message status, not a payment', async () => {
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                statuses: [{ id: 'wamid.P', type: 'payment', status: 'sent', timestamp: '1750263800' }],
              },
            },
          ],
        },
      ],
    });
    const events = await parseWhatsAppWebhook({
      appSecret,
      rawBody: body,
      headers: { 'x-hub-signature-256': signature(body) },
    });
    expect(events).toEqual([
      {
        type: 'message-status',
        eventId: 'wamid.P:sent',
        occurredAt: '2025-06-18T16:23:20.000Z',
        messageId: 'wamid.P',
        status: 'sent',
      },
    ]);
  });
});
