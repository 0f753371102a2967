import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'stripe', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
