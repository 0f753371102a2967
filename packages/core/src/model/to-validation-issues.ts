import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from '../errors/validation-error';

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  bigint: 'a bigint',
};

/** `['lines', 2, 'quantity']` → `lines[2].quantity`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    // zod words missing fields as "expected string, received undefined"; say it the way a person would.
    if (issue.input === undefined) return 'is required';
    // A schema's own wording wins over the generic one.
    if (!issue.message.startsWith('Invalid input')) return issue.message;
    return `must be ${typeNames[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

let englishErrors: z.core.$ZodErrorMap | undefined;

/** Converts zod issues to cobro's {@link ValidationIssue} list (path like `lines[2].quantity`, plain words). */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatIssuePath(issue.path), message: plainMessage(issue) }));
}

/**
 * Parses `input` with `schema` or throws a {@link ValidationError} naming `subject` and every bad field.
 * The zod error is not attached as `cause`: it would carry the input (and its phone numbers) into logs.
 */
export function parseOrThrow<Schema extends z.ZodMiniType>(
  schema: Schema,
  input: unknown,
  subject: string,
): z.output<Schema> {
  // zod/mini configures no wording: the English one is passed to each parse, rather than set on zod's global config
  // (which is the app's too), and built on the first parse rather than at import.
  englishErrors ??= en().localeError;
  const result = z.safeParse(schema, input, { reportInput: true, error: englishErrors });
  if (result.success) return result.data;
  throw new ValidationError({ subject, issues: toValidationIssues(result.error.issues) });
}
