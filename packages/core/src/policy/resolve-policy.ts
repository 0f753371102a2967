import type { Customer } from '../model/customer';
import { composePolicy } from './compose-policy';
import type { JurisdictionPreset, ResolvedReminderPolicy } from './jurisdiction-preset';
import { jurisdictionPresets, presetsForCustomer } from './presets/index';
import type { ReminderPolicy } from './reminder-policy';

const cache = new WeakMap<ReminderPolicy, Map<string, ResolvedReminderPolicy>>();
// The same, by what chooses the presets (country, subdivision, kind): a run resolves once per customer, and
// choosing the presets walks them all.
const byCustomer = new WeakMap<ReminderPolicy, Map<string, ResolvedReminderPolicy>>();

/**
 * The policy that applies to one customer: the business's policy with the customer's jurisdiction presets
 * composed in (stricter rule wins). Pass `presets` to choose them by id instead of by the customer's country.
 * Results are cached per policy object, so resolving for 100k customers costs one composition per jurisdiction.
 *
 * @throws RangeError for an unknown preset id.
 */
export function resolvePolicy({
  policy,
  customer,
  presets,
}: {
  /** The business's policy. */
  policy: ReminderPolicy;
  /** The customer (country, subdivision and kind choose the presets). */
  customer: Pick<Customer, 'country' | 'subdivision' | 'kind'>;
  /** Preset ids to apply instead of the automatic choice. */
  presets?: readonly string[];
}): ResolvedReminderPolicy {
  const customerKey = presets ? undefined : `${customer.country}|${customer.subdivision ?? ''}|${customer.kind ?? ''}`;
  let forCustomers = byCustomer.get(policy);
  const known = customerKey === undefined ? undefined : forCustomers?.get(customerKey);
  if (known) return known;
  const chosen: JurisdictionPreset[] = presets
    ? presets.map((id) => {
        const preset = jurisdictionPresets[id];
        if (!preset) throw new RangeError(`Unknown jurisdiction preset "${id}".`);
        return preset;
      })
    : presetsForCustomer(customer);
  const key = chosen.map((preset) => preset.id).join('+');
  let byKey = cache.get(policy);
  if (!byKey) {
    byKey = new Map();
    cache.set(policy, byKey);
  }
  let resolved = byKey.get(key);
  if (!resolved) {
    resolved = composePolicy(policy, chosen);
    byKey.set(key, resolved);
  }
  if (customerKey !== undefined) {
    if (!forCustomers) {
      forCustomers = new Map();
      byCustomer.set(policy, forCustomers);
    }
    forCustomers.set(customerKey, resolved);
  }
  return resolved;
}
