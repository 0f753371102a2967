import { writeFileSync } from 'node:fs';
import type { WorkloadResult } from './lib/workload-result';
import { runClientCpu } from './workloads/client-cpu';
import { runColdStart } from './workloads/cold-start';
import { runDueIndex } from './workloads/due-index';
import { runEdgeWeight } from './workloads/edge-weight';
import { runEndToEnd } from './workloads/end-to-end';
import { runMemory } from './workloads/memory';
import { runPacing } from './workloads/pacing';
import { runPlanning } from './workloads/planning';
import { runRendering } from './workloads/rendering';
import { runScaleOut } from './workloads/scale-out';
import { runStripeWebhook } from './workloads/stripe-webhook';
import { runWhatsAppIngest } from './workloads/whatsapp-ingest';

// Every workload, by id (the order of the report is workloadIds).
const workloads: Readonly<Record<string, () => Promise<WorkloadResult>>> = {
  planning: runPlanning,
  rendering: runRendering,
  'whatsapp-ingest': runWhatsAppIngest,
  'stripe-webhook': runStripeWebhook,
  'end-to-end': runEndToEnd,
  'due-index': runDueIndex,
  'scale-out': runScaleOut,
  pacing: runPacing,
  'client-cpu': runClientCpu,
  memory: runMemory,
  'cold-start': runColdStart,
  'edge-weight': runEdgeWeight,
};

// Run as a child of run-benchmarks.ts: one workload per fresh process, its result written as JSON to a file.
const [id, output] = process.argv.slice(2);
const run = id ? workloads[id] : undefined;
if (run && output) {
  const result = await run();
  writeFileSync(output, JSON.stringify(result));
  process.exit(0);
}
