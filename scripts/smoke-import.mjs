// Imports every entry point of every published package by name, so Node resolves it through the package's
// `exports` (the `import` condition, built files) the way an ESM app would after `npm install`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../packages');
let failures = 0;
for (const directory of readdirSync(root)) {
  const manifest = JSON.parse(readFileSync(join(root, directory, 'package.json'), 'utf8'));
  for (const subpath of Object.keys(manifest.exports)) {
    if (subpath === './package.json') continue;
    try {
      const module = await import(`${manifest.name}${subpath.slice(1)}`);
      const names = Object.keys(module);
      console.log(`import  ${manifest.name}${subpath.slice(1)}: ${names.length} exports`);
      if (subpath === '.' && names.length === 0 && manifest.name === '@cobro/core') throw new Error('no exports');
    } catch (error) {
      failures++;
      console.error(`import  ${manifest.name}${subpath.slice(1)} FAILED: ${error.message}`);
    }
  }
}
if (failures > 0) process.exit(1);
