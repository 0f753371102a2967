import type { Customer } from '../../model/customer';
import type { JurisdictionPreset } from '../jurisdiction-preset';
import { australiaPreset } from './au';
import { brazilPreset, brazilSaoPauloPreset } from './br';
import { spainPreset } from './es';
import { italyPreset } from './it';
import { mexicoPreset } from './mx';
import { ukBusinessPreset } from './uk-b2b';
import { usPreset } from './us';
import { usMassachusettsPreset } from './us-ma';
import { whatsappBasePreset } from './whatsapp-base';

/** Every preset cobro ships, by id. */
export const jurisdictionPresets: Readonly<Record<string, JurisdictionPreset>> = Object.fromEntries(
  [
    whatsappBasePreset,
    usPreset,
    usMassachusettsPreset,
    brazilPreset,
    brazilSaoPauloPreset,
    mexicoPreset,
    italyPreset,
    spainPreset,
    australiaPreset,
    ukBusinessPreset,
  ].map((preset) => [preset.id, preset]),
);

// A state preset replaces the country default where the state's own rule is encoded (BR-SP allows Saturdays,
// which the strictest-state BR default does not); elsewhere the subdivision preset is an extra overlay.
const replaces: Readonly<Record<string, string>> = { 'BR-SP': 'BR' };

/**
 * The presets that apply to a customer, chosen from their country, subdivision and kind: always `whatsapp-base`,
 * then the country's preset, then the subdivision's.
 */
export function presetsForCustomer(customer: Pick<Customer, 'country' | 'subdivision' | 'kind'>): JurisdictionPreset[] {
  const kind = customer.kind ?? 'consumer';
  const matching = Object.values(jurisdictionPresets).filter(
    (preset) =>
      (preset.appliesTo.country === undefined || preset.appliesTo.country === customer.country) &&
      (preset.appliesTo.subdivision === undefined || preset.appliesTo.subdivision === customer.subdivision) &&
      preset.appliesTo.kinds.includes(kind),
  );
  const replaced = new Set(matching.map((preset) => replaces[preset.id]).filter(Boolean));
  return matching.filter((preset) => !replaced.has(preset.id));
}
