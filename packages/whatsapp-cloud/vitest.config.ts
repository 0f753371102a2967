import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'whatsapp-cloud', testTimeout: 60_000, include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
