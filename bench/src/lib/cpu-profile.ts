import { readFileSync } from 'node:fs';
import type { ProfileFrame } from './workload-result';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

// Paths from the repository root or the package, so the frames read the same on every machine. tsx compiles a
// module onto one line, so a line number is only shown where it means something.
function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(/^.*\/(packages|bench)\//, '$1/');
  const line = lineNumber > 0 ? `:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${file}${line}`.trim();
}

// (idle) stays in: time the main thread waited, e.g. on WebCrypto work done on libuv's thread pool.
const ignored = new Set(['(root)']);

function rank(times: Map<string, number>, total: number, count: number): ProfileFrame[] {
  return [...times]
    .filter(([frame]) => !ignored.has(frame))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, time]) => ({ frame, selfPercent: Math.round((time / total) * 1000) / 10 }));
}

/**
 * The `count` functions with the most self time in a `.cpuprofile` written by `node --cpu-prof` (builtins such as
 * `Intl.DateTimeFormat#formatToParts` count as their JS caller's self time), and the `count` cobro functions
 * (under `packages/`) with the most inclusive time, i.e. themselves plus everything they call.
 */
export function profileFrames(path: string, count = 8): { self: ProfileFrame[]; inclusive: ProfileFrame[] } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const node = nodes.get(id);
    if (!node) return;
    total += delta;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + delta);
    // Each function counts once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
      const frame = nodes.get(current);
      if (!frame?.callFrame.url.includes('/packages/')) continue;
      const frameKey = frameName(frame);
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      inclusive.set(frameKey, (inclusive.get(frameKey) ?? 0) + delta);
    }
  });
  return { self: rank(self, total, count), inclusive: rank(inclusive, total, count) };
}
