// Internal zod schemas for the model's public constructors and for the stored-record checks (`assertCustomer`,
// `assertInvoice`). The schemas are never exported from the package (public types are the plain interfaces beside each
// constructor); only `modelLimits`, the bounds they apply, is.
import * as z from 'zod/mini';
import { isCalendarDate, isInstant, isTimeZone } from './calendar-date';
import { isCurrencyCode } from './currency';
import type { OptInSource } from './customer';
import { parseExactDecimal } from './decimal';
import { lazySchema } from './lazy-schema';

/**
 * Size bounds of stored text and lists, so one write cannot fill the store (a 10 MB name, a million lines).
 * Names and ids up to 200 characters, free text (descriptions, evidence, notes, metadata values) up to 4,096.
 */
export const modelLimits = {
  /** Ids, invoice numbers, provider ids, SKUs, metadata keys. */
  id: 200,
  /** Display names. */
  name: 200,
  /** Free text: descriptions, opt-in evidence, notes, metadata values. Every string stored is at most this long. */
  text: 4096,
  /** Lines of one invoice or order; payments or refunds of one invoice; installments are capped at 120. */
  list: 1000,
  /** Entries of one metadata record. */
  metadataEntries: 50,
} as const;

/** Text of at most `max` characters. */
export function boundedText(max: number) {
  return z.string({ error: 'must be text' }).check(z.maxLength(max, { error: `must be at most ${max} characters` }));
}

/**
 * Non-empty text of at most `max` characters. Constructors trim it; a stored record (`strict`) must already be
 * trimmed, so a stored record passes exactly when it is what a constructor would have written.
 */
export function trimmedText(strict: boolean, max: number, emptyError: string) {
  const text = boundedText(max);
  if (!strict) return text.check(z.trim(), z.minLength(1, { error: emptyError }));
  return text.check(
    z.refine((value) => value.trim() !== '', { error: emptyError }),
    z.refine((value) => value.trim() === value || value.trim() === '', { error: 'must not start or end with spaces' }),
  );
}

// Every schema below is built on first use (see lazy-schema.ts): an import builds none of them.

/** An id: the app's, a provider's, an invoice number. */
export const idSchema = /* @__PURE__ */ lazySchema(() => trimmedText(false, modelLimits.id, 'must not be empty'));

/** An id as stored: already trimmed. */
export const storedIdSchema = /* @__PURE__ */ lazySchema(() => trimmedText(true, modelLimits.id, 'must not be empty'));

/**
 * The same object rules, closed to unknown fields when `strict`: the constructors drop fields they do not know (their
 * output is built fresh), but a stored record is checked as given, so an unknown field would be stored unchecked.
 */
function objectOf<Shape extends z.core.$ZodLooseShape>(strict: boolean, shape: Shape) {
  return strict ? z.strictObject(shape) : z.object(shape);
}

export const currencySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.refine(isCurrencyCode, { error: 'must be an ISO 4217 currency code in upper case, e.g. EUR, MXN, BRL, USD' }),
    ),
);

function moneySchemaFor(strict: boolean) {
  return objectOf(strict, {
    amountMinor: z
      .number()
      .check(
        z.refine(Number.isSafeInteger, { error: 'must be a whole number of minor units (e.g. cents), not a fraction' }),
      ),
    currency: currencySchema(),
  });
}

export const moneySchema = /* @__PURE__ */ lazySchema(() => moneySchemaFor(false));

export const calendarDateSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.refine(isCalendarDate, { error: 'must be a real calendar date written YYYY-MM-DD' })),
);

export const instantSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(z.refine(isInstant, { error: 'must be an ISO 8601 date-time with a zone, e.g. 2026-11-23T09:30:00Z' })),
);

export const timeZoneSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(
    z.refine(isTimeZone, {
      error: 'must be an IANA time zone such as Europe/Rome or America/Mexico_City (not an offset or abbreviation)',
    }),
  ),
);

/** A non-negative decimal string with at most `maxScale` decimals, optionally capped. */
export function decimalStringSchema(options: { maxScale: number; allowZero: boolean; max?: number; what: string }) {
  const wording = `must be a ${options.what} written as a decimal string, e.g. '2' or '1.5'`;
  return z.string({ error: wording }).check(
    z.superRefine((value, context) => {
      const decimal = parseExactDecimal(value);
      if (decimal === undefined || decimal.digits < 0n || /^\s|\s$/.test(value)) {
        context.addIssue({
          code: 'custom',
          message: `must be a ${options.what} written as a decimal string, e.g. '2' or '1.5'`,
        });
        return;
      }
      if (decimal.scale > options.maxScale) {
        context.addIssue({ code: 'custom', message: `must have at most ${options.maxScale} decimal places` });
      }
      if (!options.allowZero && decimal.digits === 0n) {
        context.addIssue({ code: 'custom', message: 'must be greater than zero' });
      }
      if (options.max !== undefined && Number(value) > options.max) {
        context.addIssue({ code: 'custom', message: `must be at most ${options.max}` });
      }
    }),
  );
}

export const metadataSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .record(
      boundedText(modelLimits.id),
      z
        .string({ error: 'must be text (metadata values are strings)' })
        .check(z.maxLength(modelLimits.text, { error: `must be at most ${modelLimits.text} characters` })),
    )
    .check(
      z.refine((record) => Object.keys(record).length <= modelLimits.metadataEntries, {
        error: `must have at most ${modelLimits.metadataEntries} entries`,
      }),
    ),
);

const optInSources = [
  'whatsapp',
  'web-form',
  'checkout',
  'in-person',
  'paper',
  'phone-call',
  'import',
  'other',
] as const satisfies readonly OptInSource[];

const paymentMethods = ['card', 'oxxo', 'spei', 'pix', 'boleto', 'paypal', 'bank-transfer', 'cash', 'other'] as const;

/**
 * The nested record schemas, open (constructors) or closed to unknown fields (stored records): one set of rules for
 * both, so a stored record passes exactly what its constructor would have built.
 */
function recordSchemasFor(strict: boolean) {
  const id = strict ? storedIdSchema() : idSchema();
  const money = moneySchemaFor(strict);
  const nonNegative = (error: string) => money.check(z.refine((value) => value.amountMinor >= 0, { error }));
  const positive = money.check(z.refine((value) => value.amountMinor > 0, { error: 'must be greater than zero' }));
  const lineItem = objectOf(strict, {
    description: trimmedText(strict, modelLimits.text, 'must describe what was sold'),
    quantity: decimalStringSchema({ maxScale: 3, allowZero: false, what: 'quantity' }),
    unitPrice: nonNegative('must not be negative (issue a credit note instead)'),
    taxRate: decimalStringSchema({ maxScale: 4, allowZero: true, max: 100, what: 'tax rate percentage' }),
    discount: z.optional(
      z.discriminatedUnion(
        'kind',
        [
          objectOf(strict, {
            kind: z.literal('percent'),
            percent: decimalStringSchema({ maxScale: 4, allowZero: true, max: 100, what: 'percentage' }),
          }),
          objectOf(strict, { kind: z.literal('amount'), amount: nonNegative('must not be negative') }),
        ],
        { error: "must be { kind: 'percent', percent } or { kind: 'amount', amount }" },
      ),
    ),
    sku: z.optional(boundedText(modelLimits.id)),
  });
  return {
    money,
    positiveMoney: positive,
    optIn: objectOf(strict, {
      at: instantSchema(),
      source: z.enum(optInSources, { error: `must be one of ${optInSources.join(', ')}` }),
      evidence: trimmedText(
        strict,
        modelLimits.text,
        'must say what proves the opt-in (a form id, message id or wording)',
      ),
    }),
    optOut: objectOf(strict, {
      at: instantSchema(),
      source: z.enum(['whatsapp-reply', 'app', 'support', 'other'], {
        error: 'must be one of whatsapp-reply, app, support, other',
      }),
      evidence: z.optional(boundedText(modelLimits.text)),
    }),
    lineItem,
    lines: z
      .array(lineItem)
      .check(
        z.minLength(1, { error: 'must list at least one line' }),
        z.maxLength(modelLimits.list, { error: `must list at most ${modelLimits.list} lines` }),
      ),
    payment: objectOf(strict, {
      provider: id,
      providerPaymentId: id,
      amount: positive,
      receivedAt: instantSchema(),
      method: z.optional(z.enum(paymentMethods, { error: `must be one of ${paymentMethods.join(', ')}` })),
      installmentId: z.optional(id),
      note: z.optional(z.string().check(z.maxLength(1000, { error: 'must be at most 1000 characters' }))),
    }),
    refund: objectOf(strict, {
      provider: id,
      providerRefundId: id,
      providerPaymentId: id,
      amount: positive,
      refundedAt: instantSchema(),
    }),
    promiseToPay: objectOf(strict, {
      date: calendarDateSchema(),
      recordedAt: instantSchema(),
      source: trimmedText(strict, modelLimits.id, 'must say how the promise was made'),
    }),
    dispute: objectOf(strict, {
      openedAt: instantSchema(),
      reason: trimmedText(strict, 1000, 'must say why'),
      resolvedAt: z.optional(instantSchema()),
    }),
  };
}

/** The nested record schemas open to unknown fields, for the constructors. */
export const openSchemas = /* @__PURE__ */ lazySchema(() => recordSchemasFor(false));

/** The nested record schemas closed to unknown fields, for checking stored records (`assertCustomer`, `assertInvoice`). */
export const storedSchemas = /* @__PURE__ */ lazySchema(() => recordSchemasFor(true));

/** A new dispute: no resolution yet. */
export const disputeSchema = /* @__PURE__ */ lazySchema(() => z.omit(openSchemas().dispute, { resolvedAt: true }));

/** The lines of a document, as the constructors read them. */
export type ParsedLines = z.output<ReturnType<typeof openSchemas>['lines']>;

/** `{ currency, lines }` with every line (and fixed discount) in the document's currency. */
export function documentLinesShape() {
  return { currency: currencySchema(), lines: openSchemas().lines };
}

export function checkLineCurrencies(
  input: { currency: string; lines: ParsedLines },
  context: z.core.$RefinementCtx,
): void {
  input.lines.forEach((line, index) => {
    if (line.unitPrice.currency !== input.currency) {
      context.addIssue({
        code: 'custom',
        path: ['lines', index, 'unitPrice', 'currency'],
        message: `must be ${input.currency}, like the document`,
      });
    }
    if (line.discount?.kind === 'amount' && line.discount.amount.currency !== input.currency) {
      context.addIssue({
        code: 'custom',
        path: ['lines', index, 'discount', 'amount', 'currency'],
        message: `must be ${input.currency}, like the document`,
      });
    }
  });
}
