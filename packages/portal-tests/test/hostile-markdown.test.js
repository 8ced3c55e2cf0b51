// An article whose Markdown carries script, event handlers and javascript: links, built by
// the real CLI and opened in Chromium: none of it may run, all of it must show as text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { mountOf, serveStatic } from '@qiaoxin/site-kit/serve';
import { closePortals, newContext, newPage, visibleText } from '../lib/browser.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const hostile = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[click](javascript:window.__pwned=1) and [x](JAVASCRIPT:alert(1)) and [ok](/about/)',
  '<a href="javascript:alert(1)">a</a>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)">',
];
let temp, server, origin;

before(async () => {
  temp = mkdtempSync(join(tmpdir(), 'portal-hostile-'));
  // Named jinshan so the folder matches the site id.
  const dir = join(temp, 'jinshan');
  cpSync(join(root, 'sites/jinshan'), dir, {
    recursive: true,
    filter: (src) => !/[/\\](dist[^/\\]*|node_modules|\.turbo)$/.test(src),
  });
  appendFileSync(
    join(dir, 'content/articles/five-year-review.md'),
    `\n\n${hostile.join('\n\n')}\n`,
  );
  await promisify(execFile)(process.execPath, [
    join(root, 'packages/site-kit/dist/cli.js'),
    'build',
    dir,
    '--out',
    join(dir, 'dist'),
  ]);
  server = serveStatic([mountOf('/jinshan/', join(dir, 'dist'))]);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await closePortals();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (temp) rmSync(temp, { recursive: true, force: true });
});

test('hostile Markdown runs nothing and shows as text', async () => {
  const page = await newPage(await newContext());
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const url = `${origin}/jinshan/gzzs/five-year-review/`;
  await page.goto(url, { waitUntil: 'load' });

  const article = await page.$eval('article', (a) => ({
    scripts: a.querySelectorAll('script').length,
    handlers: [...a.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on')),
    ),
    jsLinks: [...a.querySelectorAll('[href], [src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src'))
      .filter((v) => /^\s*javascript:/i.test(v)),
    frames: a.querySelectorAll('iframe, svg, object, embed').length,
  }));
  assert.deepEqual(article, { scripts: 0, handlers: [], jsLinks: [], frames: 0 });

  // Every link in the article, clicked as a reader would.
  const count = await page.$$eval('article a', (as) => as.length);
  assert.ok(count >= 1, 'the harmless link is a link');
  for (let i = 0; i < count; i++) {
    await page.goto(url, { waitUntil: 'load' });
    const links = await page.$$('article a');
    await Promise.all([
      page.waitForNavigation({ timeout: 2000 }).catch(() => undefined),
      links[i].click(),
    ]);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }
  await page.goto(url, { waitUntil: 'load' });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);

  // Escaped, not dropped: the reader sees what the author wrote.
  const text = await visibleText(page, 'article');
  for (const line of [hostile[0], hostile[1], hostile[3], hostile[4], hostile[5]])
    assert.ok(text.includes(line), `shows ${line} as text`);
  assert.ok(text.includes('[click](javascript:window.__pwned=1)'), 'the javascript: link as text');
  assert.ok(text.includes('[x](JAVASCRIPT:alert(1))'));
  // The one real link works; the broken image is the only request that fails.
  const ok = await page.$('article a');
  await Promise.all([page.waitForNavigation(), ok.click()]);
  assert.equal(new URL(page.url()).pathname, '/jinshan/about/');
  assert.deepEqual(
    page.problems.filter((p) => !p.includes('/jinshan/x')),
    [],
  );
});
