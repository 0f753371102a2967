import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'example-br-order-details', testTimeout: 60_000, include: ['test/**/*.test.ts'] },
});
