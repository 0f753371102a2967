import type { Customer } from '../model/customer';
import type { ResolvedReminderPolicy } from '../policy/jurisdiction-preset';
import { resolvePolicy } from '../policy/resolve-policy';
import type { BillingContext } from './billing-context';

/** The policy for one customer: the business's, with the customer's jurisdiction presets composed in (cached by core). */
export function policyFor(context: BillingContext, customer: Customer): ResolvedReminderPolicy {
  const { policy } = context;
  return 'ruleSources' in policy ? policy : resolvePolicy({ policy, customer });
}
