import { fileURLToPath } from 'node:url';

/** The bench package's root directory. */
export const benchRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Node flags that let a child process run the bench's TypeScript against the packages' sources (no build). */
export const sourceFlags = ['--conditions=@cobro/source', '--import', 'tsx'];
