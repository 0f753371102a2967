import { CobroError } from '@cobro/core';

const marker = 'cobro.error.schema-version';
const symbol = Symbol.for(marker);

/**
 * The database's cobro schema is newer than this version of `@cobro/postgres` knows: a newer release migrated it.
 * Nothing was changed; upgrade the package (running old code on a newer schema could corrupt state).
 */
export class SchemaVersionError extends CobroError {
  private readonly [symbol] = true;
  /** The schema the store was pointed at. */
  readonly schema: string;
  /** The newest migration applied to the database. */
  readonly databaseVersion: number;
  /** The newest migration this code knows. */
  readonly codeVersion: number;

  /**
   * @param options - the fields below, as named
   */
  constructor({
    schema,
    databaseVersion,
    codeVersion,
  }: { schema: string; databaseVersion: number; codeVersion: number }) {
    super({
      code: 'COBRO_SCHEMA_VERSION',
      message: `Schema ${schema} is at version ${databaseVersion}, newer than this @cobro/postgres knows (${codeVersion}). Upgrade @cobro/postgres.`,
    });
    this.name = 'SchemaVersionError';
    this.schema = schema;
    this.databaseVersion = databaseVersion;
    this.codeVersion = codeVersion;
  }

  /** True when `error` is a {@link SchemaVersionError} from any copy of `@cobro/postgres`. */
  static override isInstance(error: unknown): error is SchemaVersionError {
    return CobroError.hasMarker(error, marker);
  }
}
