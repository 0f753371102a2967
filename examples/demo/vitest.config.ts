import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'example-demo', include: ['test/**/*.test.ts'] },
});
