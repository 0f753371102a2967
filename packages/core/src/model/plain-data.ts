import { ValidationError, type ValidationIssue } from '../errors/validation-error';
import { modelLimits } from './model-schemas';

/** Deepest nesting a model record has is 5 (`totals.lines[0].gross.amountMinor`); anything past this is not one. */
const maxDepth = 8;

/** More own keys than any model object has (metadata has at most 50 entries). */
const maxKeys = 100;

/** After this many problems, stop looking: the caller has enough to fix. */
const maxIssues = 20;

/** `['lines', 0, 'quantity']` → `lines[0].quantity`; built only when there is an issue to report. */
function pathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

function walk(value: unknown, path: (string | number)[], issues: ValidationIssue[]): void {
  if (issues.length >= maxIssues) return;
  if (typeof value === 'string') {
    if (value.length > modelLimits.text)
      issues.push({ path: pathText(path), message: `must be at most ${modelLimits.text} characters` });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (path.length > maxDepth) {
    issues.push({ path: pathText(path), message: 'is nested too deeply (or refers to itself)' });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > modelLimits.list) {
      issues.push({ path: pathText(path), message: `must list at most ${modelLimits.list} items` });
      return;
    }
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      walk(value[index], path, issues);
      path.pop();
    }
    return;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    // Inherited fields would pass a check and then be lost when the record is serialised.
    issues.push({ path: pathText(path), message: 'must be a plain object (not a class instance, Map or Date)' });
    return;
  }
  const keys = Object.keys(value);
  if (keys.length > maxKeys) {
    issues.push({ path: pathText(path), message: `must have at most ${maxKeys} fields` });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of keys) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      issues.push({ path: pathText([...path, key]), message: 'is a reserved name and is refused' });
      continue;
    }
    path.push(key);
    walk(record[key], path, issues);
    path.pop();
  }
}

/**
 * @internal Problems that make `value` unfit to store whatever its schema says, found in one pass before the schema
 * runs: own keys `__proto__`, `constructor` or `prototype` anywhere (refused, never stripped), strings over
 * {@link modelLimits}.text characters, lists over {@link modelLimits}.list items, non-plain objects, and nesting deeper
 * than any model record (which also stops a cycle). Paths are given; values never are.
 */
export function plainDataIssues(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  walk(value, [], issues);
  return issues;
}

/** @internal Throws a {@link ValidationError} about `subject` when {@link plainDataIssues} finds anything. */
export function assertPlainData(value: unknown, subject: string): void {
  const issues = plainDataIssues(value);
  if (issues.length > 0) throw new ValidationError({ subject, issues });
}
