// @custom-elements-manifest/analyzer: the JSDoc headers of the components are the contract;
// custom-elements.json, Storybook docs and framework wrappers are generated from it.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/*.stories-*.ts',
    'src/test-utils/**',
    'src/internal/**',
  ],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
