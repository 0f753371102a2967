import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'example-reminder-worker', include: ['test/**/*.test.ts'] },
});
