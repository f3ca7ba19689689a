import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // They need Debian's chromium and xmllint: `npm run test:system` (and .ci/run) runs them.
    exclude: ['tests/system/**', '**/node_modules/**'],
    pool: 'threads',
    testTimeout: 20_000,
    // Generated files are rebuilt before the tests run (and rerun): tests never see stale validators or rulesets.
    globalSetup: ['tests/global-setup.ts'],
    // A change to what the build reads reruns everything (the build runs first, in global-setup.ts).
    forceRerunTriggers: ['**/rules/**', '**/schemas/profil-clsm.schema.json', '**/schemas/report.schema.json', '**/scripts/**', '**/bin/**', '**/package.json'],
  },
});
