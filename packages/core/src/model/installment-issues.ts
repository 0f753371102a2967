import type { ValidationIssue } from '../errors/validation-error';
import { compareCalendarDates } from './calendar-date';
import type { Installment } from './invoice';
import type { Money } from './money';
import type { CalendarDate } from './time';

/**
 * @internal What is wrong with an installment list of an invoice (shared by `createInvoice` and `assertInvoice`): ids
 * repeated, amounts in another currency, dates not increasing or before the issue date, a sum other than the total,
 * a due date other than the last installment's. An empty list has no problems.
 */
export function installmentIssues(
  list: readonly Installment[],
  invoice: { readonly total: Money; readonly issueDate: CalendarDate; readonly dueDate?: CalendarDate },
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { total } = invoice;
  const ids = new Set<string>();
  let sum = 0;
  list.forEach((item, index) => {
    if (ids.has(item.id)) issues.push({ path: `installments[${index}].id`, message: `repeats id "${item.id}"` });
    ids.add(item.id);
    if (item.amount.currency !== total.currency) {
      issues.push({
        path: `installments[${index}].amount.currency`,
        message: `must be ${total.currency}, like the invoice`,
      });
    }
    const previous = list[index - 1];
    if (previous !== undefined && compareCalendarDates(item.dueDate, previous.dueDate) <= 0) {
      issues.push({ path: `installments[${index}].dueDate`, message: 'must be after the previous installment' });
    }
    if (compareCalendarDates(item.dueDate, invoice.issueDate) < 0) {
      issues.push({ path: `installments[${index}].dueDate`, message: 'must be on or after the issue date' });
    }
    sum += item.amount.amountMinor;
  });
  if (list.length > 0 && sum !== total.amountMinor) {
    issues.push({
      path: 'installments',
      message: `must add up to the invoice total (${total.amountMinor} minor units); they add up to ${sum}`,
    });
  }
  const last = list.at(-1);
  if (last !== undefined && invoice.dueDate !== undefined && invoice.dueDate !== last.dueDate) {
    issues.push({ path: 'dueDate', message: `must be the last installment's due date (${last.dueDate})` });
  }
  return issues;
}
