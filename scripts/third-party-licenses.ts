// Writes dist/THIRD-PARTY-LICENSES.txt for a package whose build bundles some of its dependencies (tsup
// `noExternal`): their MIT licenses ask that the notice travel with every copy of the code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * @param packageDir the package being built (its `node_modules` resolves the bundled names)
 * @param bundled the dependencies whose code is in its dist
 */
export function writeThirdPartyLicenses(packageDir: string, bundled: readonly string[]): void {
  const require = createRequire(join(packageDir, 'package.json'));
  const sections = bundled.map((name) => {
    const manifestPath = require.resolve(`${name}/package.json`);
    const { version, license } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; license: string };
    const dir = dirname(manifestPath);
    const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
    if (!file) throw new Error(`${name}: no LICENSE file to copy`);
    return `${name} ${version} (${license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
  });
  writeFileSync(
    join(packageDir, 'dist', 'THIRD-PARTY-LICENSES.txt'),
    `This package's dist bundles code from the packages below, under their licenses.\n\n${sections.join('\n---\n\n')}`,
  );
}
