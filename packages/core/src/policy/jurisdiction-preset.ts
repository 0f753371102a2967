import type { CustomerKind } from '../model/customer';
import type { ContactCaps, HolidayRule, ReminderPolicy, SendWindow, Weekday } from './reminder-policy';

/** A rule a preset may tighten; also the names used in {@link ResolvedReminderPolicy.ruleSources}. */
export type PolicyRuleName =
  | 'window'
  | 'allowedWeekdays'
  | 'holidays'
  | 'minimumGapMinutes'
  | 'requireOptIn'
  | 'requireOptOutLine'
  | 'requireSupplierIdentity'
  | `caps.${keyof ContactCaps}`;

/** The restrictions a jurisdiction preset adds. Every field only ever makes a policy stricter. */
export interface PolicyRestrictions {
  /** Window for every day (intersected with the policy's). */
  readonly window?: SendWindow;
  /** Per-weekday windows (intersected with the policy's window for that day). */
  readonly windowsByWeekday?: Readonly<Partial<Record<Weekday, SendWindow>>>;
  /** Allowed weekdays (intersected). */
  readonly allowedWeekdays?: readonly Weekday[];
  /** Holiday rules (OR-ed; closures united). */
  readonly holidays?: Partial<HolidayRule>;
  /** Caps (the lower wins). */
  readonly caps?: Partial<ContactCaps>;
  /** Minimum gap in minutes (the longer wins). */
  readonly minimumGapMinutes?: number;
  /** Require an opt-in record. */
  readonly requireOptIn?: boolean;
  /** Append the opt-out line. */
  readonly requireOptOutLine?: boolean;
  /** Show supplier name, address and tax id. */
  readonly requireSupplierIdentity?: boolean;
}

/** A source for a preset's rule: the law or guideline and where to read it. */
export interface PresetSource {
  /** What it is, e.g. `12 CFR 1006.6(b)(1)(i)`. */
  readonly title: string;
  /** Where to read it (a URL or an official citation). */
  readonly reference: string;
}

/** The rules of one jurisdiction (or WhatsApp itself), encoded as restrictions on a reminder policy. */
export interface JurisdictionPreset {
  /** Stable id, e.g. `US-MA`, `BR-SP`, `UK-B2B`, `whatsapp-base`. */
  readonly id: string;
  /** Plain-words summary of what it enforces. */
  readonly summary: string;
  /** Who it applies to when presets are chosen automatically. */
  readonly appliesTo: {
    /** ISO 3166-1 alpha-2 country, or undefined for every country. */
    readonly country?: string;
    /** ISO 3166-2 subdivision (without the country), or undefined for the whole country. */
    readonly subdivision?: string;
    /** Customer kinds it covers. */
    readonly kinds: readonly CustomerKind[];
  };
  /** The restrictions. */
  readonly restrictions: PolicyRestrictions;
  /** The laws and guidelines it encodes. */
  readonly sources: readonly PresetSource[];
}

/** A policy with its presets applied, and which preset set each rule that a preset tightened. */
export interface ResolvedReminderPolicy extends ReminderPolicy {
  /** Rule name → id of the preset that made it what it is (absent: the business's own policy). */
  readonly ruleSources: Readonly<Partial<Record<PolicyRuleName, string>>>;
}
