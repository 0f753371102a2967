import type { Options } from 'tsup';

/**
 * The tsup options of a minified published dist: an import's time is mostly V8 reading the source, and fewer bytes
 * read faster. The source maps beside the files give stack traces their names back (`node --enable-source-maps`).
 */
export const minifiedDist: Pick<Options, 'minify' | 'esbuildOptions'> = {
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
};
