import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scaled } from '../lib/bench-mode';
import { benchRoot } from '../lib/node-flags';
import type { ResultRow, WorkloadResult } from '../lib/workload-result';

const packagesRoot = join(benchRoot, '..', 'packages');
const cobroPackages = [
  { name: '@cobro/core', dir: join(packagesRoot, 'core') },
  { name: '@cobro/whatsapp-cloud', dir: join(packagesRoot, 'whatsapp-cloud') },
];
const peerDir = join(benchRoot, 'node_modules', 'whatsapp-api-js');

// A fresh Node process that imports the specifiers (default conditions, so the built dist) and prints the time the
// imports took. Run from the bench package by default, so the specifiers resolve as an app's would.
function importMs(specifiers: readonly string[], cwd = benchRoot): number {
  const script = `const t = performance.now(); ${specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(' ')} process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }));
}

function processMs(specifiers: readonly string[]): number {
  const script = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(' ');
  const started = performance.now();
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: benchRoot });
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Times each subject in `runs` rounds, one fresh process per subject per round, the subjects' order reversed every
 * other round (A B, B A, …): load from other processes then falls on both sides alike instead of on one block.
 */
function interleaved<Subject>(subjects: readonly Subject[], runs: number, time: (subject: Subject) => number) {
  const times = subjects.map((): number[] => []);
  for (let round = 0; round < runs; round++) {
    const order = subjects.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) times[index]?.push(time(subjects[index] as Subject));
  }
  return times;
}

function packed(dir: string): { size: number; unpackedSize: number; files: number } {
  const [result] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { size: number; unpackedSize: number; entryCount: number }[];
  if (!result) throw new Error(`npm pack --dry-run gave nothing in ${dir}`);
  return { size: result.size, unpackedSize: result.unpackedSize, files: result.entryCount };
}

// Bytes of every file under a directory: the installed size of a package without dependencies.
function installedSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const kib = (bytes: number) => bytes / 1024;

// The bare specifiers a built dist imports: statically (loaded with the package) and through `import()` only.
// What a package's build bundles into its dist, from the notice it writes beside it.
function bundledNote(dir: string): string {
  const notice = join(dir, 'dist', 'THIRD-PARTY-LICENSES.txt');
  if (!existsSync(notice)) return 'nothing bundled';
  const names = [...readFileSync(notice, 'utf8').matchAll(/^(\S+) (\d\S*) \(/gm)].map(
    ([, name, version]) => `${name} ${version}`,
  );
  return `${names.join(', ')} are bundled into it (tree-shaken)`;
}

function importedSpecifiers(distDir: string): { atImport: string[]; onFirstUse: string[] } {
  const atImport = new Set<string>();
  const onFirstUse = new Set<string>();
  // Statement starts at a line start or after a `;`: minified files hold many statements on one line.
  const staticImport = /(?:^|;)\s*(?:import|export)\b[^;"]*?(?:from\s*)?"([^"]+)"/gm;
  // Only files the entry reaches through static imports load with it; a chunk behind `import()` (the Node HTTP
  // adapter, a country's holidays) and what it imports load on first use.
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(staticImport)) {
      if (specifier!.startsWith('.')) visit(join(dirname(file), specifier!));
      else atImport.add(specifier!);
    }
  };
  visit(join(distDir, 'index.js'));
  for (const entry of readdirSync(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/\bimport\("([^".][^"]*)"\)/g)) onFirstUse.add(specifier!);
    if (loaded.has(file)) continue;
    // Node's built-ins (the HTTP adapter's node:http) are the runtime's, not dependencies to time.
    for (const [, specifier] of code.matchAll(staticImport))
      if (!specifier!.startsWith('.') && !specifier!.startsWith('node:')) onFirstUse.add(specifier!);
  }
  return { atImport: [...atImport].sort(), onFirstUse: [...onFirstUse].filter((name) => !atImport.has(name)).sort() };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Workload 7: import time in a fresh process and packed size, cobro's built packages beside whatsapp-api-js. */
export async function runColdStart(): Promise<WorkloadResult> {
  const runs = scaled(31, 3);
  // A dist older than its sources would time code that no longer exists: treat it as missing.
  const missing = cobroPackages.filter((pkg) => {
    const built = join(pkg.dir, 'dist', 'index.js');
    return !existsSync(built) || newestSource(join(pkg.dir, 'src')) > statSync(built).mtimeMs;
  });
  const rows: ResultRow[] = [];
  const notes = [
    `Import time: median of ${runs} fresh \`node\` processes per subject, each timing \`await import(...)\` of the packages' full entry points (their dependencies included) with the default conditions, i.e. the built dist an app would load. cobro and whatsapp-api-js run interleaved (A B, B A, …) so that load from other processes falls on both; the ratio is of the two medians. Process time: spawn to exit of the same script, interleaved the same way.`,
    'Packed size: `npm pack --dry-run --json` in each package directory (tarball size; unpacked size in the note). For whatsapp-api-js, the bytes of its installed files (npm 11 aborts packing its installed copy), to compare with the unpacked sizes.',
  ];
  if (missing.length > 0) {
    const message = `needs \`pnpm build\` first: no dist, or a dist older than src, in ${missing.map((pkg) => pkg.name).join(', ')}`;
    console.error(`cold-start: ${message}`);
    rows.push({
      subject: '@cobro/core + @cobro/whatsapp-cloud',
      metric: 'import ms',
      value: Number.NaN,
      note: message,
    });
  }
  const cobro = cobroPackages.map((pkg) => pkg.name);
  const peerSpecifiers = ['whatsapp-api-js'];
  // Interleaved with the peer (see `interleaved`): both sides of the ratio see the same load.
  const importTimes = interleaved(missing.length > 0 ? [peerSpecifiers] : [cobro, peerSpecifiers], runs, (specifiers) =>
    importMs(specifiers),
  );
  const cobroImportTimes = missing.length > 0 ? [] : (importTimes[0] ?? []);
  const peerImportTimes = importTimes.at(-1) ?? [];
  const [cobroProcessTimes = [], peerProcessTimes = [], bareProcessTimes = []] = interleaved(
    [cobro, peerSpecifiers, []],
    runs,
    (specifiers) => processMs(specifiers),
  );
  if (missing.length === 0) {
    rows.push({
      subject: '@cobro/core + @cobro/whatsapp-cloud',
      metric: 'import ms',
      value: median(cobroImportTimes),
      note: `process ${median(cobroProcessTimes).toFixed(0)} ms`,
    });
  }
  // What the import time is made of: each entry point of a dependency that @cobro/core's dist imports statically
  // (`zod/mini`, not `zod`), alone, resolved from its directory; and those it imports only on first use.
  const core = cobroPackages[0] as (typeof cobroPackages)[number];
  const dependencies = Object.keys(
    (JSON.parse(readFileSync(join(core.dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> })
      .dependencies ?? {},
  );
  const { atImport, onFirstUse } = missing.includes(core)
    ? { atImport: dependencies, onFirstUse: [] }
    : importedSpecifiers(join(core.dir, 'dist'));
  const byDependency = atImport
    .map((name) => ({ name, ms: median(Array.from({ length: runs }, () => importMs([name], core.dir))) }))
    .sort((a, b) => b.ms - a.ms);
  if (byDependency.length > 0) {
    rows.push({
      subject: 'of which, each dependency @cobro/core imports, alone',
      metric: 'import ms',
      value: byDependency.reduce((sum, dependency) => sum + dependency.ms, 0),
      note: byDependency.map((dependency) => `${dependency.name} ${dependency.ms.toFixed(0)}`).join(', '),
    });
  }
  for (const name of onFirstUse) {
    rows.push({
      subject: `${name}, imported by @cobro/core on first use only (not in the import above)`,
      metric: 'import ms',
      value: median(Array.from({ length: runs }, () => importMs([name], core.dir))),
      note: 'alone, resolved from @cobro/core',
    });
  }
  if (byDependency.length === 0) {
    notes.push(
      `@cobro/core's dist imports no dependency at load: ${bundledNote(core.dir)}; axios is imported on the first request.`,
    );
  }
  const peerImportMs = median(peerImportTimes);
  rows.push({
    subject: 'whatsapp-api-js 6.3.0',
    metric: 'import ms',
    value: peerImportMs,
    note: `process ${median(peerProcessTimes).toFixed(0)} ms`,
  });
  rows.push({
    subject: 'node with no imports',
    metric: 'import ms',
    value: 0,
    note: `process ${median(bareProcessTimes).toFixed(0)} ms (the floor)`,
  });
  for (const pkg of cobroPackages) {
    const size = packed(pkg.dir);
    rows.push({
      subject: `${pkg.name} packed`,
      metric: 'KiB',
      value: missing.includes(pkg) ? Number.NaN : kib(size.size),
      note: missing.includes(pkg)
        ? `needs \`pnpm build\` first (without dist: ${kib(size.size).toFixed(1)} KiB, sources only)`
        : `tarball; ${kib(size.unpackedSize).toFixed(1)} KiB unpacked, ${size.files} files`,
    });
  }
  // npm 11 aborts ("Exit handler never called") packing whatsapp-api-js's installed copy (its devEngines name pnpm
  // 12 and Node 26), so its installed files are counted instead: the same thing as an unpacked size.
  const peer = installedSize(peerDir);
  rows.push({
    subject: 'whatsapp-api-js 6.3.0 installed',
    metric: 'KiB',
    value: kib(peer.bytes),
    note: `${peer.files} files (unpacked; no dependencies)`,
  });
  notes.push(
    `@cobro/core's runtime dependencies (${dependencies.join(', ')}) are not in its packed size; whatsapp-api-js has none.`,
  );
  const ratio = missing.length > 0 ? Number.NaN : median(cobroImportTimes) / peerImportMs;
  if (Number.isFinite(ratio)) {
    rows.push({
      subject: 'ratio @cobro/core + @cobro/whatsapp-cloud / whatsapp-api-js',
      metric: '×',
      value: ratio,
      note: `ratio of the import-time medians, ${runs} interleaved rounds`,
    });
  }
  const targets = [
    {
      goal: 'cold import of @cobro/core + @cobro/whatsapp-cloud ≤ 3× whatsapp-api-js',
      met: Number.isFinite(ratio) ? ratio <= 3 : null,
      detail: Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : 'not measured (build first)',
    },
  ];
  return { id: 'cold-start', title: 'Cold start and package size', rows, targets, notes };
}
