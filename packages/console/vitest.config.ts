import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'console', testTimeout: 60_000, hookTimeout: 60_000, include: ['test/**/*.test.ts'] },
});
