// Lint rules, including the architecture's dependency direction: contract <- pipeline, contract <- reader.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const restrict = (zones) => ['error', { patterns: zones }];

export default tseslint.config(
  { ignores: ['dist', '.tmp', 'public/data', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/reader/**/*.{ts,tsx}', 'tests/reader/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['src/reader/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/pipeline/**', '**/cli/**', '**/seeds/**', '**/tests/**'], message: 'The reader sees only the contract and the JSON it fetches.' },
        { group: ['compromise', 'world-countries', 'node:*'], message: 'NLP and Node code stay out of the browser bundle.' },
      ]),
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/reader/**', '**/cli/**', 'react', 'react-dom', 'react-*'], message: 'The pipeline is pure: no reader, no CLI, no React.' },
        { group: ['node:fs', 'node:fs/*', 'fs', 'node:path', 'path'], message: 'Only the CLI touches the file system.' },
      ]),
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/reader/**', '**/pipeline/**', '**/cli/**'], message: 'The contract depends on nothing of ours.' }]),
    },
  },
);
