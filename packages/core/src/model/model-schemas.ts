// Internal zod schemas for the model's public constructors. Never exported from the package: public types are
// the plain interfaces beside each constructor.
import { z } from 'zod';
import { isCalendarDate, isInstant, isTimeZone } from './calendar-date';
import { isCurrencyCode } from './currency';
import type { OptInSource } from './customer';
import { parseExactDecimal } from './decimal';

export const idSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

export const currencySchema = z.string().refine(isCurrencyCode, {
  error: 'must be an ISO 4217 currency code in upper case, e.g. EUR, MXN, BRL, USD',
});

export const moneySchema = z.object({
  amountMinor: z
    .number()
    .refine(Number.isSafeInteger, { error: 'must be a whole number of minor units (e.g. cents), not a fraction' }),
  currency: currencySchema,
});

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { error: 'must be a real calendar date written YYYY-MM-DD' });

export const instantSchema = z
  .string()
  .refine(isInstant, { error: 'must be an ISO 8601 date-time with a zone, e.g. 2026-11-23T09:30:00Z' });

export const timeZoneSchema = z.string().refine(isTimeZone, {
  error: 'must be an IANA time zone such as Europe/Rome or America/Mexico_City (not an offset or abbreviation)',
});

/** A non-negative decimal string with at most `maxScale` decimals, optionally capped. */
export function decimalStringSchema(options: { maxScale: number; allowZero: boolean; max?: number; what: string }) {
  const wording = `must be a ${options.what} written as a decimal string, e.g. '2' or '1.5'`;
  return z.string({ error: wording }).superRefine((value, context) => {
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
  });
}

export const metadataSchema = z.record(z.string(), z.string({ error: 'must be text (metadata values are strings)' }));

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

export const optInSchema = z.object({
  at: instantSchema,
  source: z.enum(optInSources, { error: `must be one of ${optInSources.join(', ')}` }),
  evidence: z.string().trim().min(1, { error: 'must say what proves the opt-in (a form id, message id or wording)' }),
});

export const optOutSchema = z.object({
  at: instantSchema,
  source: z.enum(['whatsapp-reply', 'app', 'support', 'other'], {
    error: 'must be one of whatsapp-reply, app, support, other',
  }),
  evidence: z.string().optional(),
});

export const lineItemSchema = z.object({
  description: z.string().trim().min(1, { error: 'must describe what was sold' }),
  quantity: decimalStringSchema({ maxScale: 3, allowZero: false, what: 'quantity' }),
  unitPrice: moneySchema.refine((value) => value.amountMinor >= 0, {
    error: 'must not be negative (issue a credit note instead)',
  }),
  taxRate: decimalStringSchema({ maxScale: 4, allowZero: true, max: 100, what: 'tax rate percentage' }),
  discount: z
    .discriminatedUnion(
      'kind',
      [
        z.object({
          kind: z.literal('percent'),
          percent: decimalStringSchema({ maxScale: 4, allowZero: true, max: 100, what: 'percentage' }),
        }),
        z.object({
          kind: z.literal('amount'),
          amount: moneySchema.refine((value) => value.amountMinor >= 0, { error: 'must not be negative' }),
        }),
      ],
      { error: "must be { kind: 'percent', percent } or { kind: 'amount', amount }" },
    )
    .optional(),
  sku: z.string().optional(),
});

export const linesSchema = z.array(lineItemSchema).min(1, { error: 'must list at least one line' });

/** `{ currency, lines }` with every line (and fixed discount) in the document's currency. */
export const documentLinesShape = { currency: currencySchema, lines: linesSchema };

export function checkLineCurrencies(
  input: { currency: string; lines: z.output<typeof linesSchema> },
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

const paymentMethods = ['card', 'oxxo', 'spei', 'pix', 'boleto', 'paypal', 'bank-transfer', 'cash', 'other'] as const;

const positiveMoneySchema = moneySchema.refine((amount) => amount.amountMinor > 0, {
  error: 'must be greater than zero',
});

export const paymentSchema = z.object({
  provider: idSchema,
  providerPaymentId: idSchema,
  amount: positiveMoneySchema,
  receivedAt: instantSchema,
  method: z.enum(paymentMethods, { error: `must be one of ${paymentMethods.join(', ')}` }).optional(),
  installmentId: idSchema.optional(),
  note: z.string().max(1000, { error: 'must be at most 1000 characters' }).optional(),
});

export const refundSchema = z.object({
  provider: idSchema,
  providerRefundId: idSchema,
  providerPaymentId: idSchema,
  amount: positiveMoneySchema,
  refundedAt: instantSchema,
});
