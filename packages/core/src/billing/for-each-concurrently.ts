/**
 * Runs `task` over `items` with at most `limit` in flight. Sends wait on the network: one at a time, a run could
 * never reach the channel's throughput (WhatsApp allows up to 1,000 messages per second per number).
 *
 * After a task fails no new one starts; the ones in flight finish, then the first error is thrown. A failed run thus
 * leaves no work still running behind the caller's back.
 */
export async function forEachConcurrently<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let next = iterator.next(); !next.done && !failure; next = iterator.next()) {
      try {
        await task(next.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  if (failure) throw failure.error;
}
