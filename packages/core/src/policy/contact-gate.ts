import type { Customer } from '../model/customer';
import type { Instant } from '../model/time';
import type { ContactAttempt } from './contact-history';
import {
  type ContactRefusalReason,
  calendarRefusal,
  createContactRules,
  frequencyRefusal,
  nextAllowedInstant,
  ruleOfReason,
} from './contact-rules';
import { isoOf, parseInstant } from './instant-strings';
import type { ResolvedReminderPolicy } from './jurisdiction-preset';
import type { ReminderPolicy } from './reminder-policy';
import { resolvePolicy } from './resolve-policy';

/** The gate's answer: the send may go out now, or it may not, why, by whose rule, and when it could. */
export type ContactDecision =
  | {
      /** The send may go out. */
      readonly allowed: true;
      /** Presets that were applied. */
      readonly presets: readonly string[];
    }
  | {
      /** The send must not go out. */
      readonly allowed: false;
      /** Machine-readable reason. */
      readonly reason: ContactRefusalReason;
      /** The preset whose rule refused it, or `policy` for the business's own rule. */
      readonly rule: string;
      /** The next instant the same send would be allowed; absent when it never will (opted out, cap reached). */
      readonly nextAllowedAt?: Instant;
      /** Presets that were applied. */
      readonly presets: readonly string[];
    };

/**
 * The contact gate: every send passes it right before it goes out. Checks, in order: opt-out, consent, the day
 * (weekday, public holidays of the customer's country and subdivision, the business's closures), the send window
 * in the customer's zone, the minimum gap, and the caps per customer and per invoice. Pure and deterministic.
 * Synchronous: when the policy skips holidays, the customer's country table must be loaded first with
 * `await loadHolidays(customer.country)` (the runtime does this itself), else it throws `HolidaysNotLoadedError`.
 */
export function checkContact(options: {
  /** The customer to contact. */
  customer: Customer;
  /** The business's policy (or one already resolved with {@link resolvePolicy}). */
  policy: ReminderPolicy | ResolvedReminderPolicy;
  /** Past contacts with this customer (others are ignored). */
  history: readonly ContactAttempt[];
  /** When the send would go out. */
  at: Date | Instant;
  /** The invoices the message is about. */
  invoiceIds?: readonly string[];
}): ContactDecision {
  const { customer, history } = options;
  const policy = 'ruleSources' in options.policy ? options.policy : resolvePolicy({ policy: options.policy, customer });
  const at = typeof options.at === 'string' ? parseInstant(options.at) : options.at.getTime();
  const invoiceIds = options.invoiceIds ?? [];
  if (customer.optOut) return refusal(policy, 'opted-out');
  if (policy.requireOptIn && !customer.optIn) return refusal(policy, 'no-consent');
  const rules = createContactRules(policy, customer, history);
  const reason = calendarRefusal(rules, at) ?? frequencyRefusal(rules, at, invoiceIds)?.reason;
  if (reason === undefined) return { allowed: true, presets: policy.presets };
  return refusal(policy, reason, nextAllowedInstant(rules, at, invoiceIds));
}

function refusal(policy: ResolvedReminderPolicy, reason: ContactRefusalReason, next?: number): ContactDecision {
  return {
    allowed: false,
    reason,
    rule: policy.ruleSources[ruleOfReason[reason]] ?? (reason === 'opted-out' ? 'whatsapp-base' : 'policy'),
    ...(next !== undefined ? { nextAllowedAt: isoOf(next) } : {}),
    presets: policy.presets,
  };
}
