// Writes the phone-number metadata cobro validates with: libphonenumber-js's `max` metadata (the real number ranges
// and number types of every country) without its formatting rules, which only formatting and as-you-type use. cobro
// parses, validates, types and writes E.164, none of which reads them, and they are a quarter of the metadata's
// weight in every bundle. A test fails when the committed file differs from what this writes for the installed
// libphonenumber-js, and another that the results equal those of the full `max` metadata.
// Run: pnpm --filter @cobro/core phone-metadata
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Where the generated module lives. */
export const phoneMetadataPath = fileURLToPath(new URL('../src/model/phone-metadata.generated.ts', import.meta.url));

// In libphonenumber-js's compressed metadata (version 4), index 4 of a country's array is its list of formats.
const formatsIndex = 4;

/** The text of the generated module for the installed libphonenumber-js. */
export function generatePhoneMetadata(): string {
  const require = createRequire(import.meta.url);
  const metadata = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8')) as {
    version: number;
    countries: Record<string, unknown[]>;
    nonGeographic?: Record<string, unknown[]>;
  };
  if (metadata.version !== 4) throw new Error(`libphonenumber-js metadata version ${metadata.version}, expected 4`);
  for (const plan of [...Object.values(metadata.countries), ...Object.values(metadata.nonGeographic ?? {})]) {
    if (plan[formatsIndex] !== 0 && !Array.isArray(plan[formatsIndex])) throw new Error('unexpected metadata layout');
    plan[formatsIndex] = 0;
  }
  const { version } = JSON.parse(readFileSync(require.resolve('libphonenumber-js/package.json'), 'utf8')) as {
    version: string;
  };
  return [
    `// libphonenumber-js ${version} metadata.max.json without formats, by packages/core/scripts/generate-phone-metadata.ts: do not edit.\n`,
    '// Regenerate with `pnpm --filter @cobro/core phone-metadata`.\n',
    // JSON text in a string, parsed on first use: an import only scans a string, and JSON.parse is quicker than
    // compiling the same data as an object literal.
    `export const phoneMetadataJson = ${JSON.stringify(JSON.stringify(metadata))};\n`,
  ].join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(phoneMetadataPath, generatePhoneMetadata());
  console.log(`wrote ${phoneMetadataPath}`);
}
