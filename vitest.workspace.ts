import { defineConfig } from 'vitest/config';

// Vitest 4 dropped the workspace-file format; this is a plain root config listing the test projects,
// and the root scripts point Vitest at it with `--config vitest.workspace.ts`.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts', 'e2e/vitest.config.ts'],
    // CI also writes a JSON report so .ci/run can print the counts as one plain line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results.json' }]] : ['default'],
  },
});
