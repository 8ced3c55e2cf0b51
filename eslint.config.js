// One flat config for the whole monorepo. Lint is a gate: `--max-warnings 0` everywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.js'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'wc/guard-super-call': 'off', // LitElement always defines the lifecycle callbacks
    },
  },
  {
    files: ['**/*.test.ts', '**/test-utils/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off', // chai: expect(x).to.be.true
    },
  },
);
