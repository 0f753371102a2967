/** What `main.ts` takes from the environment. */
export interface WorkerEnvironment {
  /** `WHATSAPP_ACCESS_TOKEN` is set: run live (the adapters read `WHATSAPP_*` and `CONEKTA_*` themselves). */
  readonly live: boolean;
  /** `REMINDER_INTERVAL_MS`, default 5 minutes. */
  readonly intervalMs: number;
  /** `WORKERS`, default 2: workers in this process, sharing one store. */
  readonly workers: number;
  /** `DEMO_CUSTOMER_PHONE`: live, seed one demo invoice to this number (yours, opted in). */
  readonly demoCustomerPhone?: string;
}

/** Reads the worker's settings; credentials stay in the environment, where the adapters read them. */
export function readEnvironment(env: Readonly<Record<string, string | undefined>>): WorkerEnvironment {
  const intervalMs = Number(env.REMINDER_INTERVAL_MS ?? 5 * 60_000);
  const workers = Number(env.WORKERS ?? 2);
  if (!Number.isInteger(intervalMs) || intervalMs < 1_000)
    throw new RangeError('REMINDER_INTERVAL_MS must be whole milliseconds, at least 1000.');
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError('WORKERS must be a positive whole number.');
  return {
    live: Boolean(env.WHATSAPP_ACCESS_TOKEN),
    intervalMs,
    workers,
    ...(env.DEMO_CUSTOMER_PHONE ? { demoCustomerPhone: env.DEMO_CUSTOMER_PHONE } : {}),
  };
}
