// The tests run against what is published: the test files are TypeScript in src/, but every
// module they import from the package (elements, helpers) is served from the built dist/, as
// Shoelace's tests run against its build. So the minified templates and the token module are
// what the browser tests exercise, and coverage is measured on dist/. Run `npm run build` first
// (turbo's `test` task depends on `build`).
import { testRunnerConfig } from '../../scripts/wtr-config.js';

const base = testRunnerConfig({ port: 8702 });

/** Test code: the test files and their helpers, which stay TypeScript in src/. */
const isTestCode = (path) => /\.test\.ts$|\/src\/test-utils\//.test(path);

/** @type {import('@web/test-runner').TestRunnerPlugin} */
const importFromDist = {
  name: 'import-from-dist',
  resolveImport({ source, context }) {
    if (!source.startsWith('.') || !isTestCode(context.path)) return undefined;
    const target = new URL(source, `http://x${context.path}`).pathname;
    if (!target.startsWith('/src/') || isTestCode(target.replace(/\.js$/, '.ts'))) {
      return undefined;
    }
    return target.replace(/^\/src\//, '/dist/');
  },
};

export default {
  ...base,
  plugins: [importFromDist, ...base.plugins],
  coverageConfig: {
    ...base.coverageConfig,
    include: ['dist/**/*.js'],
    exclude: ['**/node_modules/**'],
  },
};
