// Shared set-up for the portal tests: the portals server, one Chromium per test file, a fresh
// incognito context per test group, and a record of everything a page complained about.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { startPortals } from '../../../scripts/serve-portals.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let started;

/** Starts the server and Chromium once per test file; every later call gets the same ones. */
export function portals() {
  started ??= (async () => {
    const { server, origin, sites } = await startPortals({ port: 0 });
    const browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
    return { server, origin, sites, browser };
  })();
  return started;
}

/** Stops what `portals()` started (call it in an `after` hook). */
export async function closePortals() {
  if (!started) return;
  const { server, browser } = await started;
  started = undefined;
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** A clean profile: no cookies, no localStorage, nothing cached from an earlier group. */
export async function newContext() {
  const { browser } = await portals();
  return browser.createBrowserContext();
}

/**
 * A page that records console errors and warnings, page errors, failed requests and HTTP
 * responses ≥ 400, as readable lines in `page.problems` (cleared by `page.problems.length = 0`).
 */
export async function newPage(context, { viewport = { width: 1280, height: 900 } } = {}) {
  const page = await newTab(context);
  await page.setViewport(viewport);
  const problems = [];
  page.problems = problems;
  page.on('console', (m) => {
    if (['error', 'warn', 'warning'].includes(m.type()))
      problems.push(`console ${m.type()}: ${m.text()} (${m.location()?.url ?? ''})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return page;
}

/** From the next navigation on, records every layout shift the browser reports from the page's start. */
export const recordLayoutShifts = (page) =>
  page.evaluateOnNewDocument(() => {
    window.qxShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.qxShifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** The layout-shift values recorded since the page started (see recordLayoutShifts). */
export const layoutShifts = (page) => page.evaluate(() => window.qxShifts);

export { allPages, configOf, pagesOf, siteDir, traditionalOf } from './built-pages.js';

/** The two sites the tests know the content of, by id. */
export async function site(id) {
  const { sites } = await portals();
  const found = sites.find((s) => s.id === id);
  if (!found) throw new Error(`sites/${id}/dist is not built: run \`npx turbo run build\``);
  return found;
}

/**
 * The text a reader sees: the composed tree (shadow roots, declarative ones included, with
 * slotted light DOM shown where its slot is), leaving out what is not rendered (display:none,
 * hidden, <template>, <script>, <style>). Runs in the page, also with JavaScript disabled.
 */
export async function visibleText(page, selector = 'body') {
  const [first] = await visibleTexts(page, selector);
  if (first === undefined) throw new Error(`no ${selector} on ${page.url()}`);
  return first;
}

/** `visibleText` of every element matching `selector`. */
export function visibleTexts(page, selector) {
  return page.$$eval(selector, (elements) =>
    elements.map((rootElement) => {
      const parts = [];
      const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
      const visit = (node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          // A slot's fallback text sits in the slot, which has no box (display: contents).
          const parent = node.parentElement;
          const boxed = parent && getComputedStyle(parent).display !== 'contents';
          if (boxed && !parent.checkVisibility({ visibilityProperty: true })) return;
          parts.push(node.data);
          return;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        if (skip.has(node.tagName)) return;
        if (node.localName === 'slot') {
          const assigned = node.assignedNodes({ flatten: true });
          (assigned.length ? assigned : [...node.childNodes]).forEach(visit);
          return;
        }
        const style = getComputedStyle(node);
        // display:contents has no box of its own, so checkVisibility() is false; its children count.
        if (style.display !== 'contents' && !node.checkVisibility()) return;
        const block = !style.display.startsWith('inline');
        if (block) parts.push('\n');
        // A shadow host shows its shadow tree; its light children appear only through slots.
        const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
        [...children].forEach(visit);
        if (block) parts.push('\n');
      };
      visit(rootElement);
      return parts
        .join('')
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/ *\n[\s]*/g, '\n')
        .trim();
    }),
  );
}

/**
 * The hrefs of every link in `selector`'s shadow root, once one of them is `href`: a search's
 * results are drawn only after its worker has read the index, which the page's network idle
 * does not see.
 */
export async function linksOnceFound(page, selector, href) {
  await page.waitForFunction(
    (sel, wanted) =>
      [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('a') ?? [])].some(
        (a) => a.getAttribute('href') === wanted,
      ),
    {},
    selector,
    href,
  );
  return page.$eval(selector, (el) =>
    [...el.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  );
}

/** Runs axe-core with the WCAG 2.1 A/AA rules and best practices; one line per violation. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/** Clicks an element inside a shadow root (`host` then `inner`), as a pointer would. */
export async function clickInShadow(page, host, inner) {
  const handle = await page.evaluateHandle(
    (h, i) => document.querySelector(h)?.shadowRoot?.querySelector(i),
    host,
    inner,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${inner} in ${host}'s shadow root`);
  await element.click();
}

/** Describes the focused element, through shadow roots: `tag.text` plus its href, if any. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host.localName : null;
    return {
      tag: el.localName,
      host,
      part: el.getAttribute('part'),
      text: (el.innerText ?? el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      className: el.className,
      id: el.id,
    };
  });
}

/**
 * Runs in the page: wakes every element with behaviour as a reader's first touch would (the
 * pointer over it; see site-kit's client/portal.ts, which loads an element's code only then),
 * and resolves once each has hydrated; with `settle`, as settled below. One function for both:
 * a function run in the page cannot call another, so awake and settled are expressions that call
 * this one (page.evaluate takes an expression as well as a function, and awaits its promise).
 */
async function wake(settle) {
  // The islands of site-kit's client/portal.ts.
  const islands = [
    'qx-site-nav',
    'qx-elder-mode',
    'qx-a11y-toolbar',
    'qx-search',
    'qx-article-tools',
    'qx-stat-counter',
  ];
  const hosts = islands.flatMap((tag) => [...document.querySelectorAll(tag)]);
  for (const host of hosts)
    host.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await Promise.all(
    [...new Set(hosts.map((h) => h.localName))].map((t) => customElements.whenDefined(t)),
  );
  if (!settle) {
    await Promise.all(hosts.map((host) => host.updateComplete));
    return;
  }
  const upgraded = [...document.querySelectorAll('*')].filter((el) =>
    customElements.get(el.localName),
  );
  await Promise.all(upgraded.map((el) => el.updateComplete));
  // A counter starts when its IntersectionObserver first reports it. One made now reports every
  // counter in the same rendering step, and a message posted then arrives after the counters'
  // own reports and the renders they asked for.
  const counters = [...document.querySelectorAll('qx-stat-counter')];
  await new Promise((resolve) => {
    if (!counters.length) return resolve();
    const seen = new Set();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) seen.add(entry.target);
      if (seen.size < counters.length) return;
      observer.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(channel.port1.close());
      channel.port2.postMessage(undefined);
    });
    for (const counter of counters) observer.observe(counter);
  });
  await Promise.all(counters.map((counter) => counter.updateComplete));
  // Counting shows a number other than the final one (kept, invisible, in .reserve).
  const counting = counters.filter((counter) => {
    const root = counter.shadowRoot;
    const live = root?.querySelector('[part=value]')?.textContent;
    return live !== undefined && live !== root.querySelector('.reserve')?.textContent;
  });
  await Promise.all(
    counting.map(
      (c) => new Promise((resolve) => c.addEventListener('qx-count-end', resolve, { once: true })),
    ),
  );
}

/** For page.evaluate: wakes the elements with behaviour and resolves once each has hydrated. */
export const awake = `(${wake})(false)`;

/**
 * For page.evaluate: wakes the elements with behaviour and resolves once every upgraded element
 * has rendered, and every stat counter that the reader can see has finished counting up (late
 * warnings count too).
 */
export const settled = `(${wake})(true)`;
