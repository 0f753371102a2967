import { defineProject } from 'vitest/config';
import { sourceResolution } from '../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'e2e', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
