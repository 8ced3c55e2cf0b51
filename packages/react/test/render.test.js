// Renders a generated wrapper with React 19 in Chromium: a prop must reach the element, and
// onQxLocaleChange must fire with the event's detail when the language toggle is pressed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';

// What the page runs: @qiaoxin/react from dist, React from node_modules, bundled by esbuild.
const page = `
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { QxBilingualHeader } from '@qiaoxin/react';

window.changes = [];
const root = createRoot(document.getElementById('root'));
flushSync(() =>
  root.render(
    createElement(QxBilingualHeader, {
      nameZh: '中国侨联',
      nameEn: 'All-China Federation of Returned Overseas Chinese',
      onQxLocaleChange: (event) => {
        window.changes.push(event.detail);
        event.preventDefault(); // no setLocale(): the test only needs the event
      },
    }),
  ),
);
`;

let browser;
let tab;

before(async () => {
  const { outputFiles } = await build({
    stdin: { contents: page, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
  tab = await newTab(browser);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error));
  await tab.setContent(
    '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>',
  );
  await tab.addScriptTag({ content: outputFiles[0].text });
  await tab.waitForFunction(() => document.querySelector('qx-bilingual-header')?.shadowRoot);
  assert.deepEqual(errors, []);
});

after(() => browser?.close());

test('a prop reaches the element as a property', async () => {
  const state = await tab.evaluate(async () => {
    const header = document.querySelector('qx-bilingual-header');
    await header.updateComplete;
    return {
      defined: customElements.get('qx-bilingual-header') === header.constructor,
      nameZh: header.nameZh,
      text: header.shadowRoot.textContent,
    };
  });
  assert.equal(state.defined, true);
  assert.equal(state.nameZh, '中国侨联');
  assert.match(state.text, /中国侨联/);
});

test('onQxLocaleChange fires with the detail when the toggle is pressed', async () => {
  const changes = await tab.evaluate(() => {
    document.querySelector('qx-bilingual-header').shadowRoot.querySelector('button').click();
    return window.changes;
  });
  assert.deepEqual(changes, [{ locale: 'en' }]);
});
