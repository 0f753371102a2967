import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quick } from './lib/bench-mode';
import { profileFrames } from './lib/cpu-profile';
import { type BenchReport, toConsoleTable, toMarkdown } from './lib/format-report';
import { describeMachine, loadAverage } from './lib/machine';
import { benchRoot, sourceFlags } from './lib/node-flags';
import type { WorkloadResult } from './lib/workload-result';
import { workloadIds } from './workload-ids';

// Workloads whose missed target a CPU profile can explain (memory is bounded by data, reported per invoice instead).
const profilable = new Set(['planning', 'whatsapp-ingest', 'stripe-webhook', 'end-to-end']);
const scratch = mkdtempSync(join(tmpdir(), 'cobro-bench-'));

/** Runs one workload in a fresh Node process (TypeScript sources, --expose-gc) and reads its result. */
function runWorkload(id: string, extraFlags: readonly string[] = [], env: NodeJS.ProcessEnv = {}): WorkloadResult {
  const output = join(scratch, `${id}.json`);
  execFileSync(
    process.execPath,
    [...sourceFlags, '--expose-gc', ...extraFlags, join(benchRoot, 'src', 'run-workload.ts'), id, output],
    { cwd: benchRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } },
  );
  return JSON.parse(readFileSync(output, 'utf8')) as WorkloadResult;
}

/** Profiles a workload's cobro side with --cpu-prof and returns its top self-time frames. */
function profileWorkload(id: string) {
  const dir = join(scratch, `${id}-profile`);
  runWorkload(id, ['--cpu-prof', `--cpu-prof-dir=${dir}`], { BENCH_PROFILE: '1' });
  // tsx's loader runs on its own thread and writes a second, nearly empty profile: take the main thread's (largest).
  const [largest] = readdirSync(dir)
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!largest) throw new Error(`no profile was written for ${id}`);
  return profileFrames(largest);
}

/**
 * The rows of a result that measured nothing: a failed workload, or a rate or ratio that is zero or missing. Such a
 * figure is a broken workload (a gate closed on the day it ran, a peer refusing every input), never a result.
 */
function measuredNothing(result: WorkloadResult): string[] {
  return result.rows
    .filter((row) => row.note?.startsWith('failed:') || (/\/s$|^×$/.test(row.metric) && !(row.value > 0)))
    .map((row) => `${row.subject}: ${row.note?.startsWith('failed:') ? row.note : `${row.value} ${row.metric}`}`);
}

const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim());
const selected = workloadIds.filter((id) => !only || only.includes(id));
const startedAt = new Date();
const started = performance.now();
const results: WorkloadResult[] = [];
const loadBefore: Record<string, number> = {};
const broken: string[] = [];
for (const id of selected) {
  const began = performance.now();
  loadBefore[id] = loadAverage();
  console.log(`▶ ${id}${quick ? ' (quick)' : ''}`);
  let result: WorkloadResult;
  try {
    result = runWorkload(id);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result = {
      id,
      title: id,
      rows: [{ subject: id, metric: '', value: Number.NaN, note: `failed: ${reason}` }],
      targets: [],
      notes: [],
    };
  }
  const empty = measuredNothing(result);
  if (empty.length > 0) {
    broken.push(`${id}: ${empty.join('; ')}`);
    console.error(`  ✖ ${id} measured nothing: ${empty.join('; ')}`);
  }
  if (!quick && profilable.has(id) && result.targets.some((target) => target.met === false)) {
    console.log(`  target missed: profiling ${id}`);
    try {
      result.profile = profileWorkload(id);
    } catch (error) {
      console.error(`  profiling ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`  done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  results.push(result);
}
rmSync(scratch, { recursive: true, force: true });

const resultsDir = join(benchRoot, 'results');
mkdirSync(resultsDir, { recursive: true });
// BENCH_ONLY re-runs some workloads and replaces just those in the latest full results; a quick run writes apart.
const latestPath = join(resultsDir, 'latest.json');
const previous =
  only && !quick && existsSync(latestPath) ? (JSON.parse(readFileSync(latestPath, 'utf8')) as BenchReport) : undefined;
const merged = previous
  ? workloadIds
      .map((id) => results.find((result) => result.id === id) ?? previous.workloads.find((result) => result.id === id))
      .filter((result) => result !== undefined)
  : results;
const report: BenchReport = {
  startedAt: previous?.startedAt ?? startedAt.toISOString(),
  durationSeconds: previous?.durationSeconds ?? (performance.now() - started) / 1000,
  quick,
  machine: describeMachine(),
  loadBefore: { ...previous?.loadBefore, ...loadBefore },
  ...(previous
    ? { rerun: { at: startedAt.toISOString(), seconds: (performance.now() - started) / 1000, workloads: selected } }
    : {}),
  workloads: merged,
};
const name = quick ? 'quick' : 'latest';
writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(resultsDir, `${name}.md`), toMarkdown(report));
console.log(
  `\n${toConsoleTable(report)}\n\nWrote bench/results/${name}.json and ${name}.md in ${report.durationSeconds.toFixed(0)} s.`,
);
if (broken.length > 0) {
  console.error(
    `\n✖ ${broken.length} workload(s) measured nothing; the figures above are not results:\n  ${broken.join('\n  ')}`,
  );
  process.exitCode = 1;
}
