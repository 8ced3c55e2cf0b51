// Shared @web/test-runner setup: TypeScript through esbuild, the system Chromium, and
// coverage gates. Packages import this from their own web-test-runner.config.js.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath, chromiumArgs } from './chromium.js';

/**
 * `emulate-media-features`: any CSS media feature Chromium can emulate, forced-colors
 * included (the stock emulateMedia command only knows colour scheme and reduced motion).
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const cdpSessions = new WeakMap();
const emulateMediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const browser = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (
      session.browser
    );
    const page = browser.getPage(session.id);
    // Puppeteer refuses forced-colors, so speak CDP directly; one session per page keeps
    // the emulation alive until it is changed.
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', { features: /** @type {any} */ (payload) });
    return true;
  },
};

/**
 * @param {{ files?: string[], threshold?: number, port: number }} options `port`: each package
 *   its own, so packages Turborepo tests side by side never race for the same free port (the
 *   test runner's own search for one is not atomic).
 */
export function testRunnerConfig({ files = ['src/**/*.test.ts'], threshold = 90, port }) {
  return {
    files,
    port,
    nodeResolve: { exportConditions: ['browser', 'development'] },
    plugins: [
      emulateMediaFeatures,
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)),
      }),
    ],
    browsers: [
      chromeLauncher({
        // A page of its own window per test file: with two files at once, a second tab would
        // be hidden, and hidden pages get no animation frames or intersection callbacks.
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
        launchOptions: {
          executablePath: chromePath,
          args: chromiumArgs,
        },
      }),
    ],
    concurrency: 2,
    // Lit's dev build warns once per page that it is the dev build; that is expected here.
    filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
    // A ceiling, not a wait: in CI these tests share two cores with the other packages' builds
    // and tests (turbo runs three tasks at once), where thirty axe scans can take 10 s.
    testFramework: { config: { timeout: 20000 } },
    coverage: true,
    coverageConfig: {
      include: ['src/**/*.ts'],
      exclude: [
        'src/**/*.test.ts',
        'src/**/*.stories.ts',
        'src/test-utils/**',
        '**/node_modules/**',
      ],
      threshold: {
        statements: threshold,
        branches: threshold,
        functions: threshold,
        lines: threshold,
      },
      reportDir: 'coverage',
      reporters: ['text-summary', 'lcovonly'],
    },
  };
}
