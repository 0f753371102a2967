import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared';

export default defineProject({
  ...sourceResolution,
  test: { name: 'example-mercado-pago-adapter', include: ['test/**/*.test.ts'] },
});
