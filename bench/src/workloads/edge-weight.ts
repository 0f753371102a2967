import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleEdgeWorker } from '../../../e2e/packed/edge-worker/bundle-edge-worker';
import { benchRoot } from '../lib/node-flags';
import type { ResultRow, TargetCheck, WorkloadResult } from '../lib/workload-result';

const kib = (bytes: number) => bytes / 1024;
const bundleTargetKib = 150;

// The same minimal worker on whatsapp-api-js: verify a webhook, answer it, send a text.
const peerWorker = `
import { WhatsAppAPI } from 'whatsapp-api-js';
const api = new WhatsAppAPI({ token: 'token', appSecret: 'secret' });
export default {
  async fetch(request) {
    const body = await request.text();
    await api.post(JSON.parse(body), body, request.headers.get('x-hub-signature-256') ?? '');
    return new Response('ok');
  },
};`;

/** The largest packages in a bundle, from esbuild's metafile. */
function largestInputs(metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> }) {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name =
        /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ??
        /packages\/([^/]+)\//.exec(input)?.[1]?.replace(/^/, '@cobro/') ??
        input;
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8);
}

// Bytes and package count of a node_modules tree after `npm install`.
function installed(folder: string): { bytes: number; packages: number } {
  let bytes = 0;
  let packages = 0;
  for (const entry of readdirSync(join(folder, 'node_modules'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    // A package is a directory right under node_modules (or a scope) holding a package.json.
    if (entry.name === 'package.json' && /node_modules\/(@[^/]+\/)?[^/@]+$/.test(entry.parentPath)) packages++;
  }
  return { bytes, packages };
}

function npmInstall(folder: string, specifiers: readonly string[]): void {
  mkdirSync(folder, { recursive: true });
  execFileSync('npm', ['init', '-y'], { cwd: folder, stdio: 'ignore' });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...specifiers], {
    cwd: folder,
    stdio: 'ignore',
  });
}

/**
 * Workload 8: what an edge deployment and an install weigh. The minimal worker of the edge test (createBilling, the
 * WhatsApp channel, Stripe), bundled from the built packages as wrangler would, beside the same on whatsapp-api-js;
 * and `@cobro/core` + `@cobro/whatsapp-cloud` installed with npm from packed tarballs, beside whatsapp-api-js.
 */
export async function runEdgeWeight(): Promise<WorkloadResult> {
  const rows: ResultRow[] = [];
  const targets: TargetCheck[] = [];
  const notes = [
    'Bundles: esbuild, minified, browser platform with the workerd conditions, from the built packages (`pnpm build` first); gzip level 6.',
    'Install: `pnpm pack` of each package, then `npm install` of the tarballs (dependencies from the registry) into an empty folder; bytes of every file under node_modules, and packages counted by their package.json.',
  ];

  const worker = await bundleEdgeWorker({ target: 'workerd' });
  const workerGzip = gzipSync(worker).length;
  const analysed = await build({
    stdin: { contents: "export * from './e2e/packed/edge-worker/workerd.ts';", resolveDir: join(benchRoot, '..') },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    define: { __WHATSAPP_BASE_URL__: '""', __STRIPE_BASE_URL__: '""', __NOW__: '""' },
    metafile: true,
    logLevel: 'silent',
  });
  rows.push({
    subject: 'minimal worker on cobro (createBilling + WhatsApp + Stripe)',
    metric: 'KiB gzip',
    value: kib(workerGzip),
    note: `${kib(worker.length).toFixed(0)} KiB minified; largest: ${largestInputs(analysed.metafile)
      .map(([name, bytes]) => `${name} ${kib(bytes).toFixed(0)}`)
      .join(', ')}`,
  });
  // What @cobro/core's share is made of: the same worker bundled from the packages' sources (the `@cobro/source`
  // condition), so esbuild's metafile names each file; minified bytes per part.
  const fromSources = await build({
    stdin: { contents: "export * from './e2e/packed/edge-worker/workerd.ts';", resolveDir: join(benchRoot, '..') },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@cobro/source', 'workerd', 'worker', 'browser'],
    // `@cobro/source` comes first in core's exports, so `@cobro/core/adapter` resolves to the Node entry here, whose
    // node:http adapter is imported on a first request only; the built worker above takes the edge entry instead.
    external: ['node:*'],
    define: { __WHATSAPP_BASE_URL__: '""', __STRIPE_BASE_URL__: '""', __NOW__: '""' },
    metafile: true,
    logLevel: 'silent',
  });
  const coreParts = new Map<string, number>();
  for (const output of Object.values(fromSources.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!input.includes('packages/core/src/')) continue;
      const part = /phone-metadata/.test(input)
        ? 'phone metadata'
        : /precompiled-templates/.test(input)
          ? 'precompiled templates'
          : /policy\/holidays\//.test(input)
            ? 'holiday tables'
            : /messages\/catalog\//.test(input)
              ? 'message catalogues'
              : 'code';
      coreParts.set(part, (coreParts.get(part) ?? 0) + bytesInOutput);
    }
  }
  const coreTotal = [...coreParts.values()].reduce((sum, bytes) => sum + bytes, 0);
  rows.push({
    subject: "of which, @cobro/core's own files",
    metric: 'KiB minified',
    value: kib(coreTotal),
    note: [...coreParts]
      .sort((a, b) => b[1] - a[1])
      .map(([part, bytes]) => `${part} ${kib(bytes).toFixed(0)}`)
      .join(', '),
  });
  const peer = await build({
    stdin: { contents: peerWorker, resolveDir: benchRoot },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'silent',
  });
  const peerCode = peer.outputFiles[0]!.text;
  rows.push({
    subject: 'minimal worker on whatsapp-api-js 6.3.0',
    metric: 'KiB gzip',
    value: kib(gzipSync(peerCode).length),
    note: `${kib(peerCode.length).toFixed(0)} KiB minified`,
  });
  targets.push({
    goal: `minimal worker ≤ ${bundleTargetKib} KiB gzip`,
    met: kib(workerGzip) <= bundleTargetKib,
    detail: `${kib(workerGzip).toFixed(0)} KiB gzip`,
  });

  const root = mkdtempSync(join(tmpdir(), 'cobro-weight-'));
  try {
    const tarballs = join(root, 'tarballs');
    mkdirSync(tarballs);
    for (const name of ['core', 'whatsapp-cloud']) {
      execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
        cwd: join(benchRoot, '..', 'packages', name),
        stdio: 'ignore',
      });
    }
    npmInstall(
      join(root, 'cobro'),
      readdirSync(tarballs).map((file) => join(tarballs, file)),
    );
    const cobro = installed(join(root, 'cobro'));
    rows.push({
      subject: '@cobro/core + @cobro/whatsapp-cloud installed',
      metric: 'MiB',
      value: cobro.bytes / 1024 / 1024,
      note: `${cobro.packages} packages`,
    });
    npmInstall(join(root, 'peer'), ['whatsapp-api-js@6.3.0']);
    const peerInstall = installed(join(root, 'peer'));
    rows.push({
      subject: 'whatsapp-api-js 6.3.0 installed',
      metric: 'MiB',
      value: peerInstall.bytes / 1024 / 1024,
      note: `${peerInstall.packages} packages`,
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  notes.push(
    "Core's parts: the same worker bundled from the sources (the `@cobro/source` condition), each file's minified bytes from esbuild's metafile. A single-file bundle (wrangler's default) inlines modules loaded with `import()`, so tables split per country still count here unless the bundler splits chunks.",
  );
  return { id: 'edge-weight', title: 'Edge bundle and install weight', rows, targets, notes };
}
