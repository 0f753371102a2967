import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  // Property tests plan thousands of reminders; on a busy 2-core CI machine they need more than the default 5 s.
  test: { name: 'core', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 },
});
