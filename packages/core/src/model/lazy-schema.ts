/**
 * A schema built on its first use instead of at import. Importing cobro then builds nothing it does not use, and a
 * bundler can drop a constructor's schema with the constructor (a schema built at module scope is a chain of method
 * calls, which bundlers must keep). Call sites mark the call `@__PURE__` for the same reason.
 */
export function lazySchema<Schema>(build: () => Schema): () => Schema {
  let schema: Schema | undefined;
  return () => {
    schema ??= build();
    return schema;
  };
}
