// One flat config for the whole monorepo. Lint is a gate: `--max-warnings 0` everywhere.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import storybook from 'eslint-plugin-storybook';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      '**/custom-elements.json',
      'packages/components/cdn/**',
      'packages/components/search-fixture/**',
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
  // Stories and the Storybook configuration (CSF rules; .storybook/main.ts).
  ...storybook.configs['flat/recommended'],
  {
    // The addons are the root's devDependencies, whichever package runs the lint.
    files: ['.storybook/main.ts'],
    rules: {
      'storybook/no-uninstalled-addons': [
        'error',
        { packageJsonLocation: fileURLToPath(new URL('./package.json', import.meta.url)) },
      ],
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
