/**
 * A regular expression built from its source on first use. V8 checks the syntax of every regular expression literal
 * when it compiles a file, and for Unicode property classes (`\p{L}`) that means building Unicode sets: a handful of
 * such literals cost about a millisecond of every import, used or not. Given as a string, a pattern costs nothing
 * until a path needs it.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= new RegExp(source, flags);
    return pattern;
  };
}
