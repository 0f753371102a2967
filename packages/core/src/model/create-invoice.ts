import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from '../errors/validation-error';
import { allocateMoney } from './allocate-money';
import { addMonths, compareCalendarDates, normalizeTimeZone } from './calendar-date';
import { totalsOfParsedLines } from './compute-totals';
import { installmentIssues } from './installment-issues';
import type { Installment, Invoice } from './invoice';
import { withDerivedAmounts } from './invoice-amounts';
import { lazySchema } from './lazy-schema';
import {
  calendarDateSchema,
  checkLineCurrencies,
  currencySchema,
  idSchema,
  metadataSchema,
  moneySchema,
  openSchemas,
  timeZoneSchema,
} from './model-schemas';
import type { Money } from './money';
import type { LineItem, Order } from './order';
import { assertPlainData } from './plain-data';
import type { CalendarDate, TimeZone } from './time';
import { parseOrThrow } from './to-validation-issues';

/** One installment given explicitly to {@link createInvoice}. */
export interface InstallmentInput {
  /** Id within the invoice; defaults to its position, `'1'`, `'2'`… */
  readonly id?: string;
  /** Due date, `YYYY-MM-DD`, in the business's zone. */
  readonly dueDate: CalendarDate;
  /** Amount of this installment; all installments must add up to the invoice total exactly. */
  readonly amount: Money;
}

/** A regular installment plan: the total is split into `count` parts that sum exactly (largest remainder). */
export interface InstallmentPlanInput {
  /** Number of installments, 2 to 120. */
  readonly count: number;
  /** Due date of the first installment. */
  readonly firstDueDate: CalendarDate;
  /** Months between installments (default 1); month ends are clamped (31 Jan → 28 Feb). */
  readonly intervalMonths?: number;
}

/** Input of {@link createInvoice}. Give either `lines` with `currency`, or an `order`. */
export interface CreateInvoiceInput {
  /** The app's id for this invoice. */
  readonly id: string;
  /** Invoice number shown to the customer, e.g. `F-2026-0042`. */
  readonly number: string;
  /** The customer's id; defaults to the order's customer. */
  readonly customerId?: string;
  /** The order this invoice bills; its lines and currency are used. */
  readonly order?: Order;
  /** What was sold, when there is no order. */
  readonly lines?: readonly LineItem[];
  /** ISO 4217 currency, when there is no order. */
  readonly currency?: string;
  /** Issue date in the business's zone. */
  readonly issueDate: CalendarDate;
  /** Due date in the business's zone; with installments it defaults to (and must equal) the last installment's. */
  readonly dueDate?: CalendarDate;
  /** The business's IANA zone. */
  readonly businessTimeZone: TimeZone;
  /** `draft` (default) or `open` (issued at once). */
  readonly status?: 'draft' | 'open';
  /** An explicit installment list, or a regular plan. */
  readonly installments?: readonly InstallmentInput[] | InstallmentPlanInput;
  /** Short description used in messages. */
  readonly description?: string;
  /** App metadata, strings only. */
  readonly metadata?: Readonly<Record<string, string>>;
}

const invoiceSchema = /* @__PURE__ */ lazySchema(() => {
  const installmentSchema = z.object({
    id: z.optional(idSchema()),
    dueDate: calendarDateSchema(),
    amount: moneySchema().check(z.refine((amount) => amount.amountMinor > 0, { error: 'must be greater than zero' })),
  });

  const planSchema = z.object({
    count: z
      .number()
      .check(
        z.int({ error: 'must be a whole number' }),
        z.gte(2, { error: 'must be at least 2' }),
        z.lte(120, { error: 'must be at most 120' }),
      ),
    firstDueDate: calendarDateSchema(),
    intervalMonths: z.optional(z.number().check(z.int({ error: 'must be a whole number' }), z.gte(1), z.lte(12))),
  });

  const orderInputSchema = z
    .object({ id: idSchema(), customerId: idSchema(), currency: currencySchema(), lines: openSchemas().lines })
    .check(z.superRefine(checkLineCurrencies));

  return z
    .object({
      id: idSchema(),
      number: idSchema(),
      customerId: z.optional(idSchema()),
      order: z.optional(orderInputSchema),
      lines: z.optional(openSchemas().lines),
      currency: z.optional(currencySchema()),
      issueDate: calendarDateSchema(),
      dueDate: z.optional(calendarDateSchema()),
      businessTimeZone: timeZoneSchema(),
      status: z.optional(z.enum(['draft', 'open'], { error: 'must be draft or open' })),
      installments: z.optional(
        z.union(
          [
            z.array(installmentSchema).check(z.maxLength(120, { error: 'must list at most 120 installments' })),
            planSchema,
          ],
          { error: 'must be a list of { dueDate, amount } or a plan { count, firstDueDate, intervalMonths }' },
        ),
      ),
      description: z.optional(z.string().check(z.maxLength(500, { error: 'must be at most 500 characters' }))),
      metadata: z.optional(metadataSchema()),
    })
    .check(
      z.superRefine((input, context) => {
        const issue = (path: PropertyKey[], message: string) => context.addIssue({ code: 'custom', path, message });
        if (input.order === undefined && input.lines === undefined) issue(['lines'], 'is required (or give an order)');
        if (input.order !== undefined && input.lines !== undefined)
          issue(['lines'], 'give either lines or an order, not both');
        if (input.order === undefined && input.currency === undefined) issue(['currency'], 'is required with lines');
        if (input.order !== undefined && input.currency !== undefined && input.currency !== input.order.currency) {
          issue(['currency'], `must match the order's currency ${input.order.currency}`);
        }
        if (input.lines !== undefined && input.currency !== undefined) {
          checkLineCurrencies({ currency: input.currency, lines: input.lines }, context);
        }
        if (input.customerId === undefined && input.order === undefined) issue(['customerId'], 'is required');
        if (
          input.customerId !== undefined &&
          input.order !== undefined &&
          input.customerId !== input.order.customerId
        ) {
          issue(['customerId'], "must match the order's customer");
        }
        if (input.installments === undefined && input.dueDate === undefined) issue(['dueDate'], 'is required');
        if (input.dueDate !== undefined && compareCalendarDates(input.dueDate, input.issueDate) < 0) {
          issue(['dueDate'], 'must be on or after the issue date');
        }
      }),
    );
});

function buildInstallments(
  input: z.output<ReturnType<typeof invoiceSchema>>,
  total: Money,
  issues: ValidationIssue[],
): Installment[] {
  const plan = input.installments;
  if (plan === undefined) return [];
  let list: Installment[];
  if (Array.isArray(plan)) {
    list = plan.map((item, index) => ({
      id: item.id ?? String(index + 1),
      dueDate: item.dueDate,
      amount: item.amount,
    }));
  } else {
    const parts = allocateMoney(total, plan.count);
    list = parts.map((amount, index) => ({
      id: String(index + 1),
      dueDate: addMonths(plan.firstDueDate, index * (plan.intervalMonths ?? 1)),
      amount,
    }));
  }
  issues.push(...installmentIssues(list, { total, issueDate: input.issueDate, dueDate: input.dueDate }));
  return list;
}

/**
 * Validates an invoice and builds it: totals computed exactly from the lines (see {@link computeTotals}), the
 * installment plan split so it sums exactly to the total, balance = total, version 0, no payments yet.
 *
 * @throws {@link ValidationError} listing every bad field by path (e.g. `lines[0].quantity`, `installments`,
 * `dueDate`), in plain words.
 */
export function createInvoice(input: CreateInvoiceInput): Invoice {
  assertPlainData(input, 'invoice');
  const data = parseOrThrow(invoiceSchema(), input, 'invoice');
  const currency = data.order?.currency ?? (data.currency as string);
  const lines = data.order?.lines ?? data.lines ?? [];
  const totals = totalsOfParsedLines(lines, currency);
  const issues: ValidationIssue[] = [];
  if (totals.total.amountMinor <= 0) issues.push({ path: 'lines', message: 'must add up to more than zero' });
  const installments = buildInstallments(data, totals.total, issues);
  if (issues.length > 0) throw new ValidationError({ subject: 'invoice', issues });
  const invoice: Invoice = {
    id: data.id,
    number: data.number,
    customerId: data.customerId ?? (data.order?.customerId as string),
    ...(data.order === undefined ? {} : { orderId: data.order.id }),
    currency,
    lines,
    totals,
    issueDate: data.issueDate,
    dueDate: installments.at(-1)?.dueDate ?? (data.dueDate as CalendarDate),
    businessTimeZone: normalizeTimeZone(data.businessTimeZone) ?? data.businessTimeZone,
    installments,
    status: data.status ?? 'draft',
    payments: [],
    refunds: [],
    balance: totals.total,
    overpaid: { amountMinor: 0, currency },
    ...(data.description === undefined ? {} : { description: data.description }),
    version: 0,
    ...(data.metadata === undefined ? {} : { metadata: data.metadata }),
  };
  return withDerivedAmounts(invoice);
}
