/** True when `BENCH_QUICK=1`: every workload shrinks so the whole run is a smoke test of a few seconds. */
export const quick = process.env.BENCH_QUICK === '1';

/** `full` normally, `small` under `BENCH_QUICK=1`. */
export function scaled(full: number, small: number): number {
  return quick ? small : full;
}
