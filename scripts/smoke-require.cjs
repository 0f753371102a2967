// Requires every entry point of every published package by name, so Node resolves it through the package's
// `exports` (the `require` condition, built files) the way a CommonJS app or Jest would after `npm install`.
const { readdirSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '../packages');
let failures = 0;
for (const directory of readdirSync(root)) {
  const manifest = JSON.parse(readFileSync(join(root, directory, 'package.json'), 'utf8'));
  for (const subpath of Object.keys(manifest.exports)) {
    if (subpath === './package.json') continue;
    // Vitest refuses to be required (it is ESM-only at run time); its suites are only ever loaded by Vitest, as ESM.
    if (subpath === './vitest') continue;
    try {
      const module = require(`${manifest.name}${subpath.slice(1)}`);
      console.log(`require ${manifest.name}${subpath.slice(1)}: ${Object.keys(module).length} exports`);
    } catch (error) {
      failures++;
      console.error(`require ${manifest.name}${subpath.slice(1)} FAILED: ${error.message}`);
    }
  }
}
if (failures > 0) process.exit(1);
