// `qiaoxin-site dev` as a webmaster runs it (no --watch): rebuilds run in the server's own
// process, apply the pages first and reload the open page, and the search index follows.
// Waits are for what the page shows and what the server prints, never for time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import getPort from 'get-port';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { copySite } from './helpers/site-copy.js';
import { printed, start } from './support/cli.js';

let origin, temp, dir, run, browser;

before(async () => {
  // Made here, not with useTemp: its own root-level hook may not have run yet, and the copy
  // would then land in the package folder.
  temp = await mkdtemp(join(tmpdir(), 'qx-dev-here-'));
  dir = await copySite(temp);
  // A port free now, not one derived from the process id: test files run side by side.
  const port = await getPort();
  origin = `http://127.0.0.1:${port}`;
  run = start(['dev', dir, '--port', String(port)]);
  await printed(run, /Portal:/);
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  run?.child.kill();
  await run?.exited;
  if (temp) await rm(temp, { recursive: true, force: true });
});

test('a saved article reloads the open page with the edit, then its search finds it', async () => {
  const tab = await newTab(browser);
  await tab.goto(`${origin}/jinshan/gzzs/five-year-review/`);
  const builds = (run.stdout.match(/ pages → /g) ?? []).length;
  await appendFile(
    join(dir, 'content/articles/five-year-review.md'),
    '\n新增的一段：瑶琴湾侨心驿站揭牌。\n',
  );
  // The open page reloads by itself (Vite's client) once the pages are in place.
  await tab.waitForFunction(() => document.body.textContent?.includes('瑶琴湾侨心驿站'), {
    timeout: 300_000,
  });
  // The build says it is done once the search index has followed.
  await printed(run, new RegExp(`( pages → [\\s\\S]*){${builds + 1}}`));
  await tab.goto(`${origin}/jinshan/search/?q=${encodeURIComponent('瑶琴湾')}`);
  const found = await tab.waitForFunction(
    () =>
      [
        ...(document
          .querySelector('main qx-search')
          ?.shadowRoot?.querySelectorAll('a[part=link]') ?? []),
      ]
        .map((a) => a.getAttribute('href'))
        .find((href) => href?.includes('five-year-review')),
    { timeout: 300_000 },
  );
  assert.equal(await found.jsonValue(), '/jinshan/gzzs/five-year-review/');
});
