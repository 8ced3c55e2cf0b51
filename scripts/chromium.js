// How every browser run in this repository starts Chromium: the system one (a test tool's
// own download cannot work here), as root without a sandbox, and kept off the closed network.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const systemChrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * As root (CI), through chromium-as-root.sh, which starts `CHROME_PATH` unable to put its own
 * threads ahead of every other process (see there); otherwise `CHROME_PATH` itself.
 */
export const chromePath =
  process.getuid?.() === 0 && existsSync('/usr/bin/setpriv')
    ? fileURLToPath(new URL('./chromium-as-root.sh', import.meta.url))
    : systemChrome;

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * How long one browser step (a navigation, a wait for a state) may take before a test gives up.
 * A limit, not a wait: every step ends the moment its state is reached. Puppeteer's 30 s default
 * is too short on a 2-core CI machine running several browser suites and builds at once.
 */
export const stepLimit = 120_000;

/**
 * A new tab of a Puppeteer browser or browser context, with `stepLimit` as its limits.
 * @param {{ newPage(): Promise<import('puppeteer-core').Page> }} browserOrContext
 */
export async function newTab(browserOrContext) {
  const page = await browserOrContext.newPage();
  page.setDefaultTimeout(stepLimit);
  page.setDefaultNavigationTimeout(stepLimit);
  return page;
}
