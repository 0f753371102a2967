import type { MachineInfo } from './machine';
import type { ProfileFrame, WorkloadResult } from './workload-result';

/** Everything one `pnpm bench` run produced. */
export interface BenchReport {
  /** When the run started (ISO). */
  readonly startedAt: string;
  /** Wall time of the whole run, in seconds. */
  readonly durationSeconds: number;
  /** True for `BENCH_QUICK=1`. */
  readonly quick: boolean;
  /** The machine. */
  readonly machine: MachineInfo;
  /** 1-minute load average before each workload, by workload id (other processes on the machine skew results). */
  readonly loadBefore: Readonly<Record<string, number>>;
  /** Set when `BENCH_ONLY` re-ran some workloads into an earlier full run's results. */
  readonly rerun?: { readonly at: string; readonly seconds: number; readonly workloads: readonly string[] };
  /** One entry per workload. */
  readonly workloads: readonly WorkloadResult[];
}

/** A number for a table: thousands separators from 100 up, two significant decimals below; `n/a` when missing. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (value === 0) return '0';
  return value.toPrecision(3).replace(/\.?0+$/, '');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The run as Markdown: results table, targets, profiles of missed targets, method notes and the machine. */
export function toMarkdown(report: BenchReport): string {
  const lines = [
    `# cobro benchmarks${report.quick ? ' (BENCH_QUICK smoke run: sizes reduced, not representative)' : ''}`,
    '',
    `Run ${report.startedAt}, ${report.durationSeconds.toFixed(0)} s. Machine: ${report.machine.os}; ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB; Node ${report.machine.node}.`,
    '',
    ...(report.rerun
      ? [
          `Re-run ${report.rerun.at} (${report.rerun.seconds.toFixed(0)} s) with BENCH_ONLY: ${report.rerun.workloads.join(', ')}; the rest is from the run above.`,
          '',
        ]
      : []),
    `1-minute load average before each workload: ${Object.entries(report.loadBefore)
      .map(([id, load]) => `${id} ${load}`)
      .join(', ')}.${
      Object.values(report.loadBefore).some((load) => load > report.machine.cores)
        ? ` **Above ${report.machine.cores} (the core count), other processes were competing for the CPUs: throughput and latency figures of those workloads are lower bounds, and ratios between peers measured in the same process hold better than absolute numbers.**`
        : ''
    }`,
    '',
    '| Workload | Subject | Result | Unit | Notes |',
    '| --- | --- | ---: | --- | --- |',
  ];
  for (const workload of report.workloads) {
    for (const row of workload.rows) {
      lines.push(
        `| ${cell(workload.title)} | ${cell(row.subject)} | ${formatValue(row.value)} | ${cell(row.metric)} | ${cell(row.note ?? '')} |`,
      );
    }
  }
  lines.push('', '## Targets', '', '| Goal | Met | Detail |', '| --- | --- | --- |');
  for (const workload of report.workloads) {
    for (const target of workload.targets) {
      const met = target.met === null ? 'not measured' : target.met ? 'yes' : '**no**';
      lines.push(`| ${cell(target.goal)} | ${met} | ${cell(target.detail)} |`);
    }
  }
  const profiled = report.workloads.filter((workload) => workload.profile);
  if (profiled.length > 0) {
    lines.push(
      '',
      '## What bounds the missed targets',
      '',
      'From a `node --cpu-prof` run of the workload (cobro side only; peers not run), as shares of all samples: the functions with the most self time (a builtin such as `formatToParts` counts as its caller; `(idle)` is the main thread waiting, e.g. for WebCrypto on the thread pool or for sockets), and the cobro functions with the most inclusive time (themselves and all they call). The profiled process also loads the TypeScript sources through tsx, which shows as `node:internal/modules` frames.',
    );
    for (const workload of profiled) {
      lines.push(
        '',
        `### ${workload.title}`,
        '',
        '| Self | Frame | Inclusive | cobro frame |',
        '| ---: | --- | ---: | --- |',
      );
      const self = workload.profile?.self ?? [];
      const inclusive = workload.profile?.inclusive ?? [];
      for (let index = 0; index < Math.max(self.length, inclusive.length); index++) {
        const a = self[index];
        const b = inclusive[index];
        const share = (frame: ProfileFrame | undefined) => (frame ? `${frame.selfPercent.toFixed(1)}%` : '');
        const name = (frame: ProfileFrame | undefined) => (frame ? `\`${cell(frame.frame)}\`` : '');
        lines.push(`| ${share(a)} | ${name(a)} | ${share(b)} | ${name(b)} |`);
      }
    }
  }
  lines.push('', '## Method');
  for (const workload of report.workloads) {
    lines.push('', `**${workload.title}.** ${workload.notes.join(' ')}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The run as a console table. */
export function toConsoleTable(report: BenchReport): string {
  const rows = report.workloads.flatMap((workload) =>
    workload.rows.map((row) => [workload.id, row.subject, formatValue(row.value), row.metric]),
  );
  const header = ['workload', 'subject', 'result', 'unit'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((text, column) => (column === 2 ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0)))
      .join('  ');
  const targets = report.workloads.flatMap((workload) =>
    workload.targets.map(
      (target) => `${target.met === null ? '  -' : target.met ? ' ok' : 'MISS'}  ${target.goal}: ${target.detail}`,
    ),
  );
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line), '', ...targets].join('\n');
}
