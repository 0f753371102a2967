/** Drops keys whose value is `undefined`, so optional fields are absent rather than present-and-undefined. */
export function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
