import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'conekta', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
