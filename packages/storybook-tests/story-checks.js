// The checks check-stories.js makes on a story once Storybook has shown it: the outcome its
// preview reports, the text on the page, the page width, and an independent axe-core run.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe } from './storybook-events.js';

/** How long a story may take to render and settle. */
export const storyTimeout = 60_000;

const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** `parameters.a11y` as .storybook/preview.ts sets it for every story. */
const projectA11y = JSON.stringify({ test: 'error' });

/**
 * Runs axe-core over the story's root; returns one line per violation.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<string[]>}
 */
async function runAxe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = /** @type {any} */ (window).axe;
    // Stories are fragments of a page, so "all content in landmarks" does not apply.
    const result = await axe.run('#storybook-root', {
      rules: { region: { enabled: false } },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (/** @type {any} */ v) =>
        `${v.id}: ${v.help} (${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

/**
 * @typedef {import('./warning-rule.js').Entry} Entry
 * @typedef {{ page: import('puppeteer-core').Page, problems: string[], warnings: string[] }} Preview
 *   A preview page; its listeners report into `problems` and `warnings` (its `[qiaoxin]`
 *   console warnings), which each story replaces.
 */

/**
 * Checks the story now showing in `preview` once Storybook has finished it; returns nothing,
 * adding any problem to `preview.problems`.
 * @param {Preview} preview
 * @param {Entry} entry
 */
export async function checkShown(preview, entry) {
  const { page, problems } = preview;
  const handle = await page.waitForFunction(
    (/** @type {string} */ id) => /** @type {any} */ (window).__qxOutcome?.id === id,
    { timeout: storyTimeout, polling: 50 },
    entry.id,
  );
  await handle.dispose();
  /** @type {{ status: string, a11y: string, reports: { type: string, status: string, violations: string[], error?: string }[], events: { event: string, detail: unknown }[] }} */
  const outcome = await page.evaluate(() => /** @type {any} */ (window).__qxOutcome);
  for (const { event, detail } of outcome.events) problems.push(`${event}: ${describe(detail)}`);
  for (const report of outcome.reports.filter((r) => r.status !== 'passed')) {
    problems.push(
      `${report.type} ${report.status}: ${report.error ?? report.violations.join(', ')}`,
    );
  }
  if (outcome.status !== 'success' && problems.length === 0)
    problems.push(`story finished with status ${outcome.status}`);
  if (entry.type === 'docs') {
    // Stories inline in a Docs page render after the page itself, each in a block with the id
    // story--<story id>[--primary][-inner]: wait until every one has finished.
    const inline = await page.waitForFunction(
      () => {
        const w = /** @type {any} */ (window);
        return [...document.querySelectorAll('[id^="story--"]')]
          .map((block) =>
            block.id
              .replace(/^story--/, '')
              .replace(/-inner$/, '')
              .replace(/--primary$/, ''),
          )
          .every((id) => w.__qxFinished.includes(id));
      },
      { timeout: storyTimeout, polling: 50 },
    );
    await inline.dispose();
    const late = await page.evaluate(() => /** @type {any} */ (window).__qxEvents.slice());
    for (const { event, detail } of late.slice(outcome.events.length))
      problems.push(`${event}: ${describe(detail)}`);
    return;
  }

  // An element that never registered renders nothing, which axe would happily pass.
  const undefinedTags = await page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('#storybook-root :not(:defined)')].map((el) => el.localName),
    ),
  ]);
  for (const tag of undefinedTags) problems.push(`<${tag}> is not a defined custom element`);

  // What a reader sees, shadow roots included, must never show a broken value.
  const broken = await page.evaluate(() => {
    /** @param {Node} node @returns {string} */
    const text = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : [
            ...(node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : []),
            ...node.childNodes,
          ]
            .filter(
              (child) => !(child instanceof HTMLStyleElement || child instanceof HTMLScriptElement),
            )
            .map(text)
            .join(' ');
    const root = document.querySelector('#storybook-root');
    return root ? text(root).match(/\b(?:undefined|NaN|null)\b|Invalid Date|\{\{/g) : null;
  });
  if (broken) problems.push(`shows broken text: ${[...new Set(broken)].join(', ')}`);

  // The a11y addon's own run is as strict as this one when the story keeps the project's
  // a11y parameters; a story that changes them (a rule turned off, say) is checked again.
  const addonPassed = outcome.reports.some((r) => r.type === 'a11y' && r.status === 'passed');
  const violations = addonPassed && outcome.a11y === projectA11y ? [] : await runAxe(page);
  for (const violation of violations) problems.push(`axe: ${violation}`);

  if (entry.tags?.includes('320px')) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) problems.push(`scrolls sideways at 320 px: the page is ${width} px wide`);
  }
}
