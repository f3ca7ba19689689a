// Tests that need the machine’s own programs (Debian’s chromium, xmllint and tmux, installed by .ci/run):
// `npm run test:system`. The default suite (`npm test`) runs on any machine with Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/system/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 60_000,
    globalSetup: ['tests/global-setup.ts'],
  },
});
