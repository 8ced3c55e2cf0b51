// The demo page (a Vite app using the components directly), built and served as a visitor gets it: every component renders
// the Chongqing article's data, the page has no axe violations in either language, and the
// language switch works. Run after `vite build` (turbo orders it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { preview } from 'vite';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
let server, browser, page;
const problems = [];

before(async () => {
  server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  browser = await puppeteer.launch({
    executablePath: chromePath,
    args: chromiumArgs,
  });
  page = await newTab(browser);
  page.on(
    'console',
    (m) => ['error', 'warn', 'warning'].includes(m.type()) && problems.push(m.text()),
  );
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.resolvedUrls.local[0], { waitUntil: 'networkidle0' });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.httpServer.close(resolve));
});

/** Text of a component's shadow root (innerText leaves shadow content out). */
const shadowText = (selector) =>
  page.$eval(selector, (el) => el.shadowRoot.querySelector('[part=base]').innerText);

async function axeViolations() {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('shows the Chongqing article with every component, in Chinese', async () => {
  assert.equal(
    await shadowText('qx-article-meta'),
    '发布时间：2023-06-02 15:38  作者：本站编辑  来源：本站原创  浏览次数：1024', // views from views-src
  );
  const counters = await page.$$eval('qx-stat-counter', (els) =>
    els.map((el) => el.shadowRoot.textContent),
  );
  assert.ok(
    counters.some((text) => text.includes('约600亿元')),
    'the compact investment figure',
  );
  assert.ok(counters.some((text) => text.includes('67个')));
  const trail = await page.$$eval('qx-breadcrumb-item', (els) => els.map((el) => el.textContent));
  assert.deepEqual(trail, ['首页', '理论学习', '正文']);
  assert.deepEqual(problems, []);
});

test('has no axe violations in Chinese', async () => {
  assert.deepEqual(await axeViolations(), []);
});

test('switches to English with the header toggle', async () => {
  await page.$eval('qx-bilingual-header', (el) =>
    el.shadowRoot.querySelector('[part=toggle]').click(),
  );
  await page.waitForFunction(() =>
    document.querySelector('qx-article-meta').shadowRoot.textContent.includes('Published'),
  );
  assert.match(
    await shadowText('qx-article-meta'),
    /^Published: 2 Jun 2023, 15:38 · Author: 本站编辑/,
  );
  assert.match(await shadowText('qx-breadcrumbs'), /^You are here:/);
  assert.deepEqual(await axeViolations(), []);
  assert.deepEqual(problems, []);
});

test('elder mode enlarges the page and stays accessible', async () => {
  const size = () =>
    page.$eval('article p:not(.subtitle)', (p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await size();
  await page.$eval('qx-elder-mode', (el) => el.shadowRoot.querySelector('button').click());
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-qx-elder'));
  assert.ok((await size()) >= before * 1.25, 'text at least 1.25× larger');
  assert.deepEqual(await axeViolations(), []);
  assert.deepEqual(problems, []);
});
