import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium, the built extension, fixture pages under real host names.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
