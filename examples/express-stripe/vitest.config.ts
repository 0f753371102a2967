import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default defineProject({
  ...sourceResolution,
  test: { name: 'example-express-stripe', testTimeout: 60_000, include: ['test/**/*.test.ts'] },
});
