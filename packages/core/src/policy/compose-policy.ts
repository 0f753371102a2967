import type { JurisdictionPreset, PolicyRuleName, ResolvedReminderPolicy } from './jurisdiction-preset';
import type { ContactCaps, ReminderPolicy, SendWindow, Weekday } from './reminder-policy';

function intersect(a: SendWindow, b: SendWindow): SendWindow {
  // HH:MM strings order like the times they name.
  const [, start] = [a.start, b.start].sort();
  const [end] = [a.end, b.end].sort();
  return { start: start as string, end: end as string };
}

const sameWindow = (a: SendWindow, b: SendWindow) => a.start === b.start && a.end === b.end;

/**
 * Applies presets to a policy, in order, so that the stricter rule always wins: windows intersect, weekdays
 * intersect, holidays and closures add up, caps take the lower value, the gap the longer one, and every
 * requirement stays on once any preset turns it on. Pure; the input policy is not changed.
 */
export function composePolicy(
  policy: ReminderPolicy | ResolvedReminderPolicy,
  presets: readonly JurisdictionPreset[],
): ResolvedReminderPolicy {
  let result: ResolvedReminderPolicy = { ruleSources: {}, ...policy };
  for (const preset of presets) result = applyPreset(result, preset);
  return result;
}

function applyPreset(policy: ResolvedReminderPolicy, preset: JurisdictionPreset): ResolvedReminderPolicy {
  const rules = preset.restrictions;
  const sources: Partial<Record<PolicyRuleName, string>> = { ...policy.ruleSources };
  const mark = (rule: PolicyRuleName, changed: boolean) => {
    if (changed) sources[rule] = preset.id;
  };

  let window = policy.window;
  if (rules.window) {
    window = intersect(policy.window, rules.window);
    mark('window', !sameWindow(window, policy.window));
  }
  const windowsByWeekday: Partial<Record<Weekday, SendWindow>> = { ...policy.windowsByWeekday };
  for (const day of [1, 2, 3, 4, 5, 6, 7] as const) {
    const current = policy.windowsByWeekday[day] ?? policy.window;
    let next = rules.window ? intersect(current, rules.window) : current;
    const presetDay = rules.windowsByWeekday?.[day];
    if (presetDay) next = intersect(next, presetDay);
    if (!sameWindow(next, window) || policy.windowsByWeekday[day]) windowsByWeekday[day] = next;
    mark('window', !sameWindow(next, current));
  }

  let allowedWeekdays = policy.allowedWeekdays;
  if (rules.allowedWeekdays) {
    const allowed = new Set(rules.allowedWeekdays);
    allowedWeekdays = policy.allowedWeekdays.filter((day) => allowed.has(day));
    mark('allowedWeekdays', allowedWeekdays.length !== policy.allowedWeekdays.length);
  }

  const holidays = {
    publicHolidays: policy.holidays.publicHolidays || (rules.holidays?.publicHolidays ?? false),
    bankHolidays: policy.holidays.bankHolidays || (rules.holidays?.bankHolidays ?? false),
    closures: [...new Set([...policy.holidays.closures, ...(rules.holidays?.closures ?? [])])].sort(),
  };
  mark(
    'holidays',
    holidays.publicHolidays !== policy.holidays.publicHolidays ||
      holidays.bankHolidays !== policy.holidays.bankHolidays ||
      holidays.closures.length !== policy.holidays.closures.length,
  );

  const caps = { ...policy.caps };
  for (const [name, value] of Object.entries(rules.caps ?? {}) as [keyof ContactCaps, number][]) {
    if (value < caps[name]) {
      caps[name] = value;
      mark(`caps.${name}`, true);
    }
  }

  const minimumGapMinutes = Math.max(policy.minimumGapMinutes, rules.minimumGapMinutes ?? 0);
  mark('minimumGapMinutes', minimumGapMinutes !== policy.minimumGapMinutes);
  const flag = (name: 'requireOptIn' | 'requireOptOutLine' | 'requireSupplierIdentity') => {
    const value = policy[name] || (rules[name] ?? false);
    mark(name, value !== policy[name]);
    return value;
  };

  return {
    ...policy,
    window,
    windowsByWeekday,
    allowedWeekdays,
    holidays,
    caps,
    minimumGapMinutes,
    requireOptIn: flag('requireOptIn'),
    requireOptOutLine: flag('requireOptOutLine'),
    requireSupplierIdentity: flag('requireSupplierIdentity'),
    presets: [...policy.presets, preset.id],
    ruleSources: sources,
  };
}
