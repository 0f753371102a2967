import { defineProject } from 'vitest/config';

// Runs against the built packages (no `@cobro/source` condition): `pnpm build` first. CI runs it after the build
// step (`pnpm test:packed`); it bundles and starts real runtimes, so it is kept out of `pnpm test`.
export default defineProject({
  test: { name: 'e2e-packed', include: ['packed/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
});
