// Precompiles every template of cobro's message catalogues with Handlebars' own precompiler, so the published code
// renders them with the Handlebars runtime alone: no compiler in the bundle, no `new Function` at run time (edge
// runtimes refuse code generation from strings). `prebuild` runs it; a test fails when the committed file is stale.
// Run: pnpm --filter @cobro/core precompile
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { messageCatalogs } from '../src/messages/catalogs';
import type { MessageCatalog } from '../src/messages/message-catalog';

// strict: a missing variable throws instead of leaving a gap; noEscape: this is chat text, not HTML;
// knownHelpersOnly: the copy is plain `{{variables}}`, never a helper.
const templateCompileOptions = { strict: true, noEscape: true, knownHelpersOnly: true } as const;

/** Where the generated module lives. */
export const precompiledTemplatesPath = fileURLToPath(
  new URL('../src/messages/precompiled-templates.generated.ts', import.meta.url),
);

/** Every string of a catalogue that `renderMessage` renders as a template. */
function templateSources(catalog: MessageCatalog): string[] {
  const sources = [catalog.offlineAction];
  for (const entry of Object.values(catalog.messages)) {
    sources.push(entry.body);
    if (entry.action) sources.push(entry.action);
  }
  return sources;
}

// In strict mode the compiler passes each `{{variable}}`'s line and column to the runtime, which only adds them to
// the message of a missing variable's error ("… - 1:29"); renderMessage names the variable itself. Dropping them takes
// a fifth off the generated code, which every import compiles and every edge bundle carries.
const locationArgument = /, \{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\} \)/g;

function withoutLocations(specification: string): string {
  const stripped = specification.replace(locationArgument, ')');
  if (stripped.includes('"start":{"line"')) throw new Error('a location the generator does not recognise');
  return stripped;
}

/** The text of the generated module for these catalogues. */
export function generatePrecompiledTemplates(
  catalogs: Readonly<Record<string, MessageCatalog>> = messageCatalogs,
): string {
  const sources = [...new Set(Object.values(catalogs).flatMap(templateSources))].sort();
  const entries = sources.map(
    (source) =>
      `  ${JSON.stringify(source)}: ${withoutLocations(String(Handlebars.precompile(source, templateCompileOptions)))},\n`,
  );
  return [
    '// @ts-nocheck: Handlebars precompiler output; render-message.ts gives it its type.\n',
    '// Generated from the message catalogues by packages/core/scripts/precompile-templates.ts: do not edit.\n',
    '// Regenerate with `pnpm --filter @cobro/core precompile` (the build does it too).\n',
    'export const precompiledTemplates: Readonly<Record<string, unknown>> = {\n',
    ...entries,
    '};\n',
  ].join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(precompiledTemplatesPath, generatePrecompiledTemplates());
  console.log(`wrote ${precompiledTemplatesPath}`);
}
