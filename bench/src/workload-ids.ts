/** Every workload, in the order they run and the report lists them. */
export const workloadIds = [
  'planning',
  'rendering',
  'whatsapp-ingest',
  'stripe-webhook',
  'end-to-end',
  'due-index',
  'scale-out',
  'pacing',
  'client-cpu',
  'memory',
  'cold-start',
  'edge-weight',
] as const;

/** A workload id. */
export type WorkloadId = (typeof workloadIds)[number];
