import { defineConfig } from 'tsup';
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
  // Minified: an import's time is mostly V8 reading the source, and fewer bytes read faster. The source maps beside
  // the files give stack traces their names back (`node --enable-source-maps`).
  minify: true,
  esbuildOptions(options, { format }) {
    // tsup turns the split ESM build into CommonJS with sucrase, which breaks on syntax-minified class constructors
    // (`super(…),this.x=…`): the CommonJS build keeps whitespace and identifier minification only.
    if (format === 'cjs') {
      options.minify = false;
      options.minifyWhitespace = true;
      options.minifyIdentifiers = true;
    }
  },
  clean: true,
  target: 'es2022',
  define: { __COBRO_VERSION__: JSON.stringify(packageJson.version) },
  // zod (the webhook envelope's schema) is bundled, tree-shaken, into dist, as in @cobro/core: importing the
  // package then compiles one file, not zod's hundred-odd modules. axios stays a dependency, imported on first use.
  noExternal: bundled,
  onSuccess: async () => writeThirdPartyLicenses(import.meta.dirname, bundled),
});
