/** One measured number of a workload. */
export interface ResultRow {
  /** What was measured, e.g. `@cobro/whatsapp-cloud` or `whatsapp-api-js`. */
  readonly subject: string;
  /** The metric, e.g. `deliveries/s`. */
  readonly metric: string;
  /** The value (NaN when not available). */
  readonly value: number;
  /** How it was obtained or what bounds it. */
  readonly note?: string;
}

/** A goal of issue 7 and whether this run met it. */
export interface TargetCheck {
  /** The goal, in words. */
  readonly goal: string;
  /** True when met, false when missed, null when not measurable in this run. */
  readonly met: boolean | null;
  /** By how much, in words. */
  readonly detail: string;
}

/** The time share of one function in a CPU profile. */
export interface ProfileFrame {
  /** Function name and file:line. */
  readonly frame: string;
  /** Share of sampled time, in percent (self time, or inclusive time for {@link WorkloadProfile.inclusive}). */
  readonly selfPercent: number;
}

/** Where a workload's time went, from `node --cpu-prof`. */
export interface WorkloadProfile {
  /** Functions with the most self time. */
  readonly self: readonly ProfileFrame[];
  /** cobro functions with the most inclusive time (themselves and their callees). */
  readonly inclusive: readonly ProfileFrame[];
}

/** What a workload reports. */
export interface WorkloadResult {
  /** Stable id, e.g. `planning`. */
  readonly id: string;
  /** Human title. */
  readonly title: string;
  /** The numbers. */
  readonly rows: readonly ResultRow[];
  /** Goals checked. */
  readonly targets: readonly TargetCheck[];
  /** Notes on method and caveats. */
  readonly notes: readonly string[];
  /** Set by the runner when a target was missed: the top frames of a CPU profile of this workload. */
  profile?: WorkloadProfile;
}
