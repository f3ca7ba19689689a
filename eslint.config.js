// The project lints itself (`npm test` runs it with --max-warnings 0): ESLint's and typescript-eslint's recommended
// rules over the sources, tests, scripts and benchmark.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'src/generated/', 'bench/.work/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', setImmediate: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', require: 'readonly', __filename: 'readonly', __dirname: 'readonly', module: 'writable' },
    },
    rules: {
      // French typography puts no-break spaces in strings, templates and comments; tests/source-style.test.ts keeps
      // them out of code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // Matching control characters is the job of the modules that make text safe for a terminal, and of their tests.
      'no-control-regex': 'off',
      // `_name` marks a value left out on purpose (a destructured field dropped from a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // A CommonJS preload (`node -r`): require is its only way to import.
  { files: ['**/*.cjs', 'bin/clsm.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
