import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'dist-web', 'coverage', 'test-results', 'models/train/work'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The core runs in workers and in Node: it must stay free of React, the DOM shells and Electron.
    files: ['renderer/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'electron', 'dexie', '**/ui/**', '**/db/**', '**/workers/**'],
              message: 'The core must not depend on shells or adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'tests/**/*.ts', 'models/**/*.{js,mjs,ts}'],
    rules: { 'no-console': 'off' },
  },
  {
    // The training pipeline's Node helpers (tokenising the corpus with transformers.js, checks).
    files: ['models/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    // Text normalisation matches control characters and emoji sequences on purpose.
    rules: { 'no-control-regex': 'off', 'no-misleading-character-class': 'off' },
  },
);
