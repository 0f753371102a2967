import { defineConfig } from 'tsup';
import { minifiedDist } from '../../scripts/minified-dist';
import { writeThirdPartyLicenses } from '../../scripts/third-party-licenses';
import packageJson from './package.json' with { type: 'json' };

const bundled = ['zod'];

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // tsup 8 sets baseUrl internally, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // One shared chunk per format, so every entry point (and the CJS build) carries a single copy of each class
  // and `instanceof` holds across `@cobro/core` and `@cobro/core/adapter`.
  splitting: true,
  // Keep `node:` specifiers as written: bundlers for edge runtimes resolve `node:crypto` to their shims and fail
  // on a bare `crypto`.
  removeNodeProtocol: false,
  sourcemap: true,
  ...minifiedDist,
  clean: true,
  target: 'es2022',
  define: { __COBRO_VERSION__: JSON.stringify(packageJson.version) },
  // zod (the webhook envelope's schema) is bundled, tree-shaken, into dist, as in @cobro/core: importing the
  // package then compiles one file, not zod's hundred-odd modules. axios stays a dependency, imported on first use.
  noExternal: bundled,
  onSuccess: async () => writeThirdPartyLicenses(import.meta.dirname, bundled),
});
