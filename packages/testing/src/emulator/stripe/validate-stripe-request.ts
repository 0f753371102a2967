import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { decodeStripeForm } from './decode-stripe-form';
import { applyStripeSpecOverlay } from './stripe-spec-overlay';
import subset from './stripe-spec-subset.generated.json';

/** An endpoint whose request body the emulator validates, as `METHOD /path/{param}`. */
export type StripeValidatedEndpoint =
  | 'POST /v1/prices'
  | 'POST /v1/payment_links'
  | 'POST /v1/payment_links/{payment_link}'
  | 'POST /v1/checkout/sessions'
  | 'POST /v1/checkout/sessions/{session}/expire'
  | 'POST /v1/refunds';

/** The outcome of {@link validateStripeRequest}. */
export interface StripeRequestValidation {
  /** The decoded, type-coerced body. */
  readonly body: Record<string, unknown>;
  /** Every problem found, one per parameter; empty when the body is valid. */
  readonly problems: readonly StripeRequestProblem[];
}

/** Why a body was refused, in Stripe's terms: `code` (`parameter_unknown`, `parameter_missing`, …) and `param`. */
export interface StripeRequestProblem {
  /** Stripe's error code. */
  readonly code: string;
  /** The parameter in bracket notation, e.g. `line_items[0][price]`. */
  readonly param: string;
  /** What is wrong. */
  readonly message: string;
}

let validators: Map<string, ValidateFunction> | undefined;

function load(): Map<string, ValidateFunction> {
  if (validators) return validators;
  // Form values arrive as strings; Stripe reads them by schema type, so Ajv coerces ("1" → 1, "false" → false).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, coerceTypes: true });
  const schemas = applyStripeSpecOverlay(subset.requests as Record<string, Record<string, unknown>>);
  validators = new Map(Object.entries(schemas).map(([endpoint, schema]) => [endpoint, ajv.compile(schema)]));
  return validators;
}

const toParam = (instancePath: string, extra?: string) => {
  const parts = instancePath.split('/').filter(Boolean);
  if (extra) parts.push(extra);
  return parts.map((part, index) => (index === 0 ? part : `[${part}]`)).join('');
};

function describe(error: ErrorObject): StripeRequestProblem {
  if (error.keyword === 'additionalProperties') {
    const param = toParam(error.instancePath, (error.params as { additionalProperty: string }).additionalProperty);
    return { code: 'parameter_unknown', param, message: `Received unknown parameter: ${param}` };
  }
  if (error.keyword === 'required') {
    const param = toParam(error.instancePath, (error.params as { missingProperty: string }).missingProperty);
    return { code: 'parameter_missing', param, message: `Missing required param: ${param}.` };
  }
  const param = toParam(error.instancePath);
  return { code: 'parameter_invalid', param, message: `Invalid ${param}: ${error.message ?? 'is invalid'}` };
}

/**
 * Decodes a form body and validates it against the official spec's request schema of `endpoint` (stripe/openapi
 * @63a67463, API 2023-08-16) plus cobro's overlay (SPEC-OVERLAY.md), with unknown parameters refused.
 *
 */
export function validateStripeRequest(endpoint: StripeValidatedEndpoint, rawBody: string): StripeRequestValidation {
  const validate = load().get(endpoint);
  if (!validate) throw new Error(`no Stripe request schema for ${endpoint}`);
  const body = decodeStripeForm(rawBody) as Record<string, unknown>;
  // `additionalProperties` errors repeat under anyOf branches; one problem per parameter is enough.
  const problems = validate(body) ? [] : (validate.errors ?? []).map(describe);
  const unique = [...new Map(problems.map((problem) => [`${problem.code}:${problem.param}`, problem])).values()];
  return { body, problems: unique };
}

/** Where the schemas came from. */
export const stripeSpecSource = `${subset.source} (API ${subset.apiVersion})`;
