import type { ConsoleViewer } from './console-options';

/** The viewer as shown and audited: their name, else their id. */
export function displayName(viewer: ConsoleViewer): string {
  return viewer.name ?? viewer.id;
}
