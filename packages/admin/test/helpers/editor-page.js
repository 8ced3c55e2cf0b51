// The real editor in Chromium, for the editor tests: a copy of the site, the editor serving it,
// one browser, and a fresh logged-in page per test with the steps a webmaster takes in it.
// `page`, `site` and `png` are live bindings: each test sees the page its `open` made.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { siteCopy, startEditor } from './admin.js';
import { chromePath, chromiumArgs, newTab } from '../../../../scripts/chromium.js';

/** A real 1×1 PNG, written for the upload. */
export let png;
export let site;
let editor;
let browser;
/** What the editor page's Content-Security-Policy refused: nothing Decap needs. */
const violations = [];
/** The editor's cookie, as its printed address sets it. */
let login;
let context;
export let page;
/** Starts the editor and the browser before the file's tests, and stops them after. */
export function useEditor() {
  before(async () => {
    site = await siteCopy();
    png = join(site.dir, '..', 'cover-test.png');
    await writeFile(
      png,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    editor = await startEditor(site.dir);
    // What the printed address gives a browser, given to each test's fresh context.
    const set = (await fetch(editor.url, { redirect: 'manual' })).headers.get('set-cookie');
    const [name, value] = set.split(';')[0].split('=');
    login = { name, value, url: editor.origin, httpOnly: true, sameSite: 'Strict' };
    browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
  });
  after(async () => {
    // Everything stopped first: a failed check must not leave the browser and the editor running.
    await browser?.close();
    await editor?.stop();
    await site?.remove();
    assert.deepEqual(violations, []);
  });
}

/**
 * A fresh editor page at `hash`, in its own browser context (logged in: the local backend
 * needs only the click). Nothing carries over from the test before: no local backup of an
 * unsaved entry that Decap would offer to restore, no page still unloading. `prepare(page)`
 * runs before it loads.
 */
export async function open(hash, prepare = async () => {}) {
  await context?.close();
  context = await browser.createBrowserContext();
  page = await newTab(context);
  // Leaving an entry with unsaved changes asks first; a failed test must not hang the next one.
  page.on('dialog', (dialog) => dialog.accept());
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.setViewport({ width: 1400, height: 1000 });
  await page.setCookie(login);
  await prepare(page);
  await page.goto(`${editor.origin}/_admin/#${hash}`);
  const first = await page.waitForSelector('::-p-text(Login), [data-qx-field]');
  if (await first.evaluate((e) => !e.dataset.qxField)) await first.click();
  await page.waitForSelector('[data-qx-field]');
}
export const idle = () =>
  page.waitForFunction(() => document.documentElement.dataset.qxValidation === 'idle');
/**
 * A click once the build's check has answered: its messages appear beside their fields and move
 * the ones below, so a click aimed before they appear could land on the wrong thing.
 */
export async function press(selector) {
  await idle();
  await (await page.waitForSelector(selector)).click();
}
/** Picks `option` in the select `name` from the keyboard: typed to filter, Enter to choose. */
export async function choose(name, option) {
  await idle();
  await (await page.waitForSelector(`[data-qx-field="${name}"] input`)).focus();
  await page.keyboard.type(option);
  await page.waitForSelector(`[data-qx-field="${name}"] [class*="option"]::-p-text(${option})`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(
    `[data-qx-field="${name}"] [class*="singleValue"]::-p-text(${option})`,
  );
}
export async function typeInto(name, text) {
  await idle();
  const input = await page.waitForSelector(
    `[data-qx-field="${name}"] input, [data-qx-field="${name}"] textarea`,
  );
  await input.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input.type(text);
}
export async function publish() {
  await idle();
  await (await page.waitForSelector('::-p-text(Publish)')).click();
  await (await page.waitForSelector('::-p-text(Publish now)')).click();
}
export const articles = () => readdir(join(site.dir, 'content/articles'));
