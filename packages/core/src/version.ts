declare const __COBRO_VERSION__: string | undefined;

/** The version of `@cobro/core`, injected at build time (`0.0.0-source` when run from source). */
export const VERSION: string = typeof __COBRO_VERSION__ === 'string' ? __COBRO_VERSION__ : '0.0.0-source';
