import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from '../errors/validation-error';
import { compareCalendarDates, normalizeTimeZone } from './calendar-date';
import { totalsOfParsedLines } from './compute-totals';
import { installmentIssues } from './installment-issues';
import type { Invoice, InvoiceStatus } from './invoice';
import { withDerivedAmounts } from './invoice-amounts';
import { lazySchema } from './lazy-schema';
import {
  calendarDateSchema,
  checkLineCurrencies,
  currencySchema,
  metadataSchema,
  modelLimits,
  storedIdSchema,
  storedSchemas,
  timeZoneSchema,
} from './model-schemas';
import type { Money } from './money';
import type { Totals } from './order';
import { assertPlainData } from './plain-data';
import { parseOrThrow } from './to-validation-issues';

const statuses = ['draft', 'open', 'partially_paid', 'paid', 'void', 'refunded'] as const satisfies InvoiceStatus[];

const list = <Schema extends z.ZodMiniType>(item: Schema, what: string) =>
  z.array(item).check(z.maxLength(modelLimits.list, { error: `must list at most ${modelLimits.list} ${what}` }));

const storedInvoiceSchema = /* @__PURE__ */ lazySchema(() => {
  const stored = storedSchemas();
  const money = stored.money;
  const lineTotalsSchema = z.strictObject({ gross: money, discount: money, net: money, tax: money, total: money });
  return z
    .strictObject({
      id: storedIdSchema(),
      number: storedIdSchema(),
      customerId: storedIdSchema(),
      orderId: z.optional(storedIdSchema()),
      currency: currencySchema(),
      lines: stored.lines,
      totals: z.strictObject({
        subtotal: money,
        discount: money,
        tax: money,
        total: money,
        lines: list(lineTotalsSchema, 'line totals'),
      }),
      issueDate: calendarDateSchema(),
      dueDate: calendarDateSchema(),
      businessTimeZone: timeZoneSchema(),
      installments: z
        .array(z.strictObject({ id: storedIdSchema(), dueDate: calendarDateSchema(), amount: stored.positiveMoney }))
        .check(z.maxLength(120, { error: 'must list at most 120 installments' })),
      status: z.enum(statuses, { error: `must be one of ${statuses.join(', ')}` }),
      payments: list(stored.payment, 'payments'),
      refunds: list(stored.refund, 'refunds'),
      balance: money,
      overpaid: money,
      promiseToPay: z.optional(stored.promiseToPay),
      dispute: z.optional(stored.dispute),
      description: z.optional(z.string().check(z.maxLength(500, { error: 'must be at most 500 characters' }))),
      version: z.number({ error: 'must be a number' }).check(
        z.refine((value) => Number.isSafeInteger(value) && value >= 0, {
          error: 'must be a whole number, 0 or more',
        }),
      ),
      metadata: z.optional(metadataSchema()),
    })
    .check(z.superRefine(checkLineCurrencies));
});

function sameMoney(a: Money, b: Money): boolean {
  return a.amountMinor === b.amountMinor && a.currency === b.currency;
}

/** Paths where the stored totals differ from the totals the lines give. */
function totalsIssues(stored: Totals, computed: Totals): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const expect = (path: string, actual: Money, wanted: Money) => {
    if (!sameMoney(actual, wanted)) {
      issues.push({ path, message: `must be ${wanted.amountMinor} ${wanted.currency}, as computed from the lines` });
    }
  };
  for (const key of ['subtotal', 'discount', 'tax', 'total'] as const)
    expect(`totals.${key}`, stored[key], computed[key]);
  if (stored.lines.length !== computed.lines.length) {
    issues.push({ path: 'totals.lines', message: `must have one entry per line (${computed.lines.length})` });
    return issues;
  }
  computed.lines.forEach((line, index) => {
    for (const key of ['gross', 'discount', 'net', 'tax', 'total'] as const) {
      expect(`totals.lines[${index}].${key}`, stored.lines[index]?.[key] as Money, line[key]);
    }
  });
  return issues;
}

/** Problems between fields: amounts against the lines, payments and installments; dates; spelling of the zone. */
function consistencyIssues(invoice: Invoice): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { currency } = invoice;
  let totals: Totals;
  try {
    totals = totalsOfParsedLines(invoice.lines as Parameters<typeof totalsOfParsedLines>[0], currency);
  } catch (error) {
    if (ValidationError.isInstance(error)) return [...error.issues];
    throw error;
  }
  issues.push(...totalsIssues(invoice.totals, totals));
  if (totals.total.amountMinor <= 0) issues.push({ path: 'lines', message: 'must add up to more than zero' });
  invoice.payments.forEach((payment, index) => {
    if (payment.amount.currency !== currency) {
      issues.push({ path: `payments[${index}].amount.currency`, message: `must be ${currency}, like the invoice` });
    }
  });
  invoice.refunds.forEach((refund, index) => {
    if (refund.amount.currency !== currency) {
      issues.push({ path: `refunds[${index}].amount.currency`, message: `must be ${currency}, like the invoice` });
    }
  });
  if (compareCalendarDates(invoice.dueDate, invoice.issueDate) < 0) {
    issues.push({ path: 'dueDate', message: 'must be on or after the issue date' });
  }
  issues.push(
    ...installmentIssues(invoice.installments, {
      total: totals.total,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
    }),
  );
  const zone = normalizeTimeZone(invoice.businessTimeZone);
  if (zone !== undefined && zone !== invoice.businessTimeZone) {
    issues.push({ path: 'businessTimeZone', message: `must be written ${zone}` });
  }
  if (issues.length > 0) return issues;
  // Only once the amounts above are sound is the balance worth comparing with what the model computes.
  const derived = withDerivedAmounts({ ...invoice, totals });
  for (const key of ['balance', 'overpaid'] as const) {
    if (!sameMoney(invoice[key], derived[key])) {
      issues.push({
        path: key,
        message: `must be ${derived[key].amountMinor} ${currency} (total − payments, as the model computes it)`,
      });
    }
  }
  return issues;
}

/**
 * Checks an invoice as it is about to be stored, with the rules of {@link createInvoice}: ids and number (≤ 200
 * characters), ISO 4217 currency, lines with positive decimal quantities and non-negative integer minor-unit prices
 * (at most 1,000 lines), calendar dates (`YYYY-MM-DD`, due on or after issue), an IANA business zone, a known status,
 * installments that add up to the total, payments and refunds in minor units and in the invoice's currency. Amounts
 * must agree with each other as the model computes them: totals from the lines, `balance` = total − payments
 * (zero once void or refunded), `overpaid` likewise. Fields the type does not have are refused, and so are own keys
 * `__proto__`, `constructor` and `prototype` anywhere. The value is not changed.
 *
 * @throws {@link ValidationError} naming every bad field, e.g. `lines[0].quantity`, `balance.amountMinor`.
 */
export function assertInvoice(value: unknown): asserts value is Invoice {
  checkedInvoice(value);
}

/**
 * @internal {@link assertInvoice}, returning the checked invoice as the schema copied it: the runtime stores this
 * copy, so a caller changing its object after the check (while the customer is looked up) changes nothing stored.
 */
export function checkedInvoice(value: unknown): Invoice {
  assertPlainData(value, 'invoice');
  const invoice = parseOrThrow(storedInvoiceSchema(), value, 'invoice') as Invoice;
  const issues = consistencyIssues(invoice);
  if (issues.length > 0) throw new ValidationError({ subject: 'invoice', issues });
  return invoice;
}
