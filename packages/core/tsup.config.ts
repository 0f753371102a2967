import { defineConfig, type Options } from 'tsup';
import { minifiedDist } from '../../scripts/minified-dist';
import { writeThirdPartyLicenses } from '../../scripts/third-party-licenses';
import packageJson from './package.json' with { type: 'json' };

const bundled = ['zod', 'libphonenumber-js', 'handlebars', 'eventemitter3'];

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

// The Handlebars runtime is CommonJS, and esbuild runs a bundled CommonJS module where its ESM `import` stands, at
// module scope: every import of @cobro/core would set the runtime up (about 5% of the import's work). In the build,
// render-message.ts gets a stand-in whose `template` requires the runtime on the first render instead. The sources,
// as tsx and Vitest run them, keep the plain import: their ES modules have no `require`.
const handlebarsOnFirstRender: EsbuildPlugin = {
  name: 'handlebars-on-first-render',
  setup(build) {
    build.onResolve({ filter: /^handlebars\/runtime\.js$/ }, ({ importer }) =>
      /[\\/]src[\\/]messages[\\/]render-message\.ts$/.test(importer)
        ? { path: 'handlebars-on-first-render', namespace: 'cobro' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'cobro' }, () => ({
      contents: `let runtime;
export default {
  template(specification) {
    runtime ??= require('handlebars/runtime.js');
    return runtime.template(specification);
  },
};`,
      resolveDir: import.meta.dirname,
      loader: 'js',
    }));
  },
};

export default defineConfig({
  // adapter/edge: the adapter entry for edge runtimes (export conditions `workerd`, `edge-light`, `worker`).
  entry: ['src/index.ts', 'src/adapter/index.ts', 'src/adapter/edge.ts'],
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
  // Minified (error classes name themselves, so `err.name` reads as in the source).
  ...minifiedDist,
  clean: true,
  target: 'es2022',
  define: { __COBRO_VERSION__: JSON.stringify(packageJson.version) },
  // The dependencies every import needs are bundled, tree-shaken, into dist: Node then reads and compiles one file
  // instead of some 300 (zod's locales, libphonenumber-js's modules), which is most of an import's time, and an
  // install is smaller. axios stays a dependency: it is imported on the first request only (and not at all on edge).
  noExternal: bundled,
  esbuildPlugins: [handlebarsOnFirstRender],
  onSuccess: async () => writeThirdPartyLicenses(import.meta.dirname, bundled),
});
