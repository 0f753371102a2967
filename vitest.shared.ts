import type { UserConfig } from 'vite';
import { defaultClientConditions, defaultServerConditions } from 'vite';

/**
 * Resolve workspace packages from their TypeScript source (the `@cobro/source` export condition)
 * so that `pnpm test` needs no build first.
 */
export const sourceResolution = {
  resolve: { conditions: ['@cobro/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@cobro/source', ...defaultServerConditions] } },
} satisfies UserConfig;
