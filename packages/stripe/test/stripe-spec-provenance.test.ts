import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { stripeSpecSource } from '@cobro/testing';
import { describe, expect, it } from 'vitest';
import { stripeApiVersion } from '../src/stripe-provider-id';

// The emulator's schemas and fixtures are an unchanged extract of the official spec (scripts/extract-stripe-spec-
// subset.mjs); when the shared spec files are on this machine, prove it, and prove what the overlay had to add.
const specDirectory = '/work/shared/specs/stripe';
const subset = JSON.parse(
  readFileSync(new URL('../../testing/src/emulator/stripe/stripe-spec-subset.generated.json', import.meta.url), 'utf8'),
) as {
  apiVersion: string;
  sha256: { spec3: string; fixtures3: string };
  requests: Record<string, { properties: Record<string, { properties?: Record<string, unknown> }> }>;
  fixtures: Record<string, unknown>;
};
const haveSpec = existsSync(`${specDirectory}/spec3.json`);

describe('Stripe spec subset', () => {
  it('pins the adapter to the spec version the emulator validates against', () => {
    expect(subset.apiVersion).toBe(stripeApiVersion);
    expect(stripeSpecSource).toContain('63a674638635c68de26b9f3add13e58198f4df44');
  });

  it('lacks the Payment Link parameters the overlay adds (and only those)', () => {
    const links = subset.requests['POST /v1/payment_links']!.properties;
    expect(links.restrictions).toBeUndefined();
    expect(links.payment_intent_data?.properties?.metadata).toBeUndefined();
    expect(
      subset.requests['POST /v1/checkout/sessions']!.properties.payment_intent_data?.properties?.metadata,
    ).toBeDefined();
  });

  it.skipIf(!haveSpec)('is an unchanged extract of the shared spec3.json and fixtures3.json', () => {
    const specText = readFileSync(`${specDirectory}/spec3.json`, 'utf8');
    const fixturesText = readFileSync(`${specDirectory}/fixtures3.json`, 'utf8');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
    expect(subset.sha256).toEqual({ spec3: sha(specText), fixtures3: sha(fixturesText) });
    const spec = JSON.parse(specText) as {
      paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: unknown }> } }>>;
    };
    for (const [endpoint, schema] of Object.entries(subset.requests)) {
      const [method, path] = endpoint.split(' ') as [string, string];
      const operation = spec.paths[path]?.[method.toLowerCase()];
      expect(schema).toEqual(operation?.requestBody.content['application/x-www-form-urlencoded']?.schema);
    }
    const fixtures = (JSON.parse(fixturesText) as { resources: Record<string, unknown> }).resources;
    for (const [name, fixture] of Object.entries(subset.fixtures)) expect(fixture).toEqual(fixtures[name]);
  });
});
