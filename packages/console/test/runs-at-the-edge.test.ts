import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const source = resolve(import.meta.dirname, '../src');

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(directory, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(directory, entry.name)]
        : [],
  );
}

// Edge runtimes (workerd, Vercel's edge-runtime) have web globals only: no node: modules, no process, no Buffer.
it('imports nothing but @cobro/core and its own files, and touches no Node global', () => {
  const offences: string[] = [];
  for (const file of files(source)) {
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g))
      if (!specifier?.startsWith('.') && specifier !== '@cobro/core') offences.push(`${file}: imports ${specifier}`);
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const global of [
      /\bprocess\./,
      /\bBuffer\b/,
      /\brequire\(/,
      /\b__dirname\b/,
      /\bsetTimeout\b/,
      /\bsetInterval\b/,
    ])
      if (global.test(code)) offences.push(`${file}: uses ${global.source}`);
  }
  expect(files(source).length).toBeGreaterThan(20);
  expect(offences).toEqual([]);
});
