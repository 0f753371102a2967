import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'example-mercado-pago-adapter', testTimeout: 60_000, include: ['test/**/*.test.ts'] },
});
