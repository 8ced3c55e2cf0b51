// The published packages rendered on a server with @lit-labs/ssr, as a consumer installs them
// (npm pack, then a throw-away project outside the workspace), and hydrated in Chromium.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newPage, readmeFiles, settled, sh, shadowTexts, startNode } from '../lib/consumers.js';
import { useProjects } from '../lib/projects.js';

const { projects, chromium } = useProjects(['ssr']);

describe('server rendering with @lit-labs/ssr, hydrated in the browser', () => {
  const devModeNotice = /^Lit is in dev mode/;
  let server;

  before(async () => {
    await sh(process.execPath, ['build.js'], projects.ssr);
    server = await startNode('server.js', projects.ssr);
  });
  after(() => server?.stop());

  test("the project runs the README's server-rendering code", async () => {
    const readme = await readmeFiles('Server rendering');
    const ours = {
      'server.js': 'server.js',
      'hydrate.js': 'client/hydrate.js',
      'components.js': 'client/components.js',
    };
    for (const [name, file] of Object.entries(ours)) {
      const code = await readFile(join(projects.ssr, file), 'utf8');
      const imports = readme[name]?.match(/^import .*$/gm) ?? [];
      assert.ok(imports.length > 0, `the README shows ${name}`);
      for (const line of imports) assert.ok(code.includes(line), `${file} has \`${line}\``);
    }
  });

  test('the text is in the HTML before any script runs', async () => {
    const markup = await (await fetch(`${server.origin}/`)).text();
    assert.match(markup, /<template shadowroot(mode)?="open"/);
    for (const text of [
      '重庆市归国华侨联合会',
      '您的当前位置：',
      '发布时间',
      '2023-06-02 15:38',
      '约600亿元',
    ]) {
      assert.ok(markup.includes(text), `${text} is in the server-rendered HTML`);
    }
    const page = await newPage(chromium(), { javaScript: false });
    try {
      await page.goto(`${server.origin}/`);
      const text = await shadowTexts(page, [
        'qx-breadcrumbs',
        'qx-article-meta',
        'qx-stat-counter',
      ]);
      assert.match(text['qx-breadcrumbs'], /您的当前位置：/);
      assert.match(text['qx-article-meta'], /发布时间/);
      assert.match(text['qx-stat-counter'], /约600亿元/);
    } finally {
      await page.close();
    }
  });

  test('the elements hydrate with no console error or warning (Lit development build)', async () => {
    const page = await newPage(chromium(), { ignore: [devModeNotice] });
    try {
      await page.goto(`${server.origin}/`, { waitUntil: 'networkidle0' });
      await settled(page);
      const state = await page.evaluate(() => {
        const trail = document.querySelector('qx-breadcrumbs');
        return {
          hydrated: [
            ...document.querySelectorAll(
              'qx-bilingual-header, qx-breadcrumbs, qx-article-meta, qx-stat-counter',
            ),
          ].every((el) => /** @type {{ hasUpdated?: boolean }} */ (el).hasUpdated),
          // Rendering over the server's markup instead of adopting it would duplicate it.
          landmarks: trail?.shadowRoot?.querySelectorAll('nav').length,
        };
      });
      assert.deepEqual(state, { hydrated: true, landmarks: 1 });
      // The toggle's listener was attached by hydration: it switches every element to English.
      const toggle = await page.waitForSelector('qx-bilingual-header >>> [part="toggle"]');
      await toggle.click();
      await page.waitForFunction(() =>
        document
          .querySelector('qx-breadcrumbs')
          ?.shadowRoot?.textContent?.includes('You are here:'),
      );
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
});
