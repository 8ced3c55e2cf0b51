// The published packages as a consumer gets them: each is `npm pack`ed, then installed from the
// tarballs into throw-away projects outside the workspace and used four ways — a plain HTML
// page with the CDN bundle, a Vite + TypeScript app, a React app, and server rendering with
// @lit-labs/ssr hydrated in the browser (ssr.test.js) — each checked in Chromium.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { reactBuilt, settled, sh, shadowTexts, onServedPage } from '../lib/consumers.js';
import { otherElements, useProjects } from '../lib/projects.js';

const { projects, chromium } = useProjects(['html', 'vite', 'vue', 'jsx', 'react']);

describe('plain HTML page with the CDN bundle', () => {
  test('cdn/qiaoxin.js is one self-contained module with its source map', async () => {
    const cdn = join(projects.html, 'node_modules/@qiaoxin/components/cdn');
    const code = await readFile(join(cdn, 'qiaoxin.js'), 'utf8');
    assert.match(code, /\/\/# sourceMappingURL=qiaoxin\.js\.map\s*$/);
    const map = JSON.parse(await readFile(join(cdn, 'qiaoxin.js.map'), 'utf8'));
    assert.ok(
      map.sources.some((source) => source.includes('i18next')),
      'i18next is bundled',
    );
    assert.ok(
      map.sources.some((source) => source.includes('lit-element')),
      'Lit is bundled',
    );
  });

  test('the elements upgrade and render in Chromium, with no console error', async () => {
    await onServedPage(chromium(), projects.html, async (page, origin) => {
      await settled(page);
      const text = await shadowTexts(page, [
        'qx-bilingual-header',
        'qx-breadcrumbs',
        'qx-article-meta',
        'qx-stat-counter',
      ]);
      assert.match(text['qx-bilingual-header'], /重庆市归国华侨联合会/);
      assert.match(text['qx-breadcrumbs'], /您的当前位置：/);
      assert.match(text['qx-article-meta'], /发布时间.*2023-06-02 15:38.*本站编辑.*本站原创/);
      assert.match(text['qx-stat-counter'], /各级侨联组织/);
      const tokens = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--qx-color-link').trim(),
      );
      assert.notEqual(tokens, '', 'tokens.css is applied');
      // The bundle exports the classes and its own i18next instance's setLocale().
      const switched = await page.evaluate(async (url) => {
        const bundle = await import(url);
        if (typeof bundle.QxBreadcrumbs !== 'function') return 'no QxBreadcrumbs export';
        await bundle.setLocale('en');
        const trail = document.querySelector('qx-breadcrumbs');
        await trail?.updateComplete;
        return trail?.shadowRoot?.textContent?.includes('You are here:');
      }, `${origin}/node_modules/@qiaoxin/components/cdn/qiaoxin.js`);
      assert.equal(switched, true);
      const map = await fetch(`${origin}/node_modules/@qiaoxin/components/cdn/qiaoxin.js.map`);
      assert.equal(map.status, 200);
    });
  });
});

describe('Vite + TypeScript app importing one element', () => {
  test('tsc --noEmit passes against the published types', async () => {
    await sh(join(projects.vite, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.'], projects.vite);
  });

  test('vite build leaves out the elements the app does not import', async () => {
    await sh(join(projects.vite, 'node_modules/.bin/vite'), ['build'], projects.vite);
    const assets = join(projects.vite, 'dist/assets');
    const scripts = (await readdir(assets)).filter((file) => file.endsWith('.js'));
    const code = (await Promise.all(scripts.map((f) => readFile(join(assets, f), 'utf8')))).join();
    assert.match(code, /qx-breadcrumbs/);
    for (const statCounterOnly of ['qx-stat-counter', 'qx-count-end']) {
      assert.ok(!code.includes(statCounterOnly), `the bundle holds ${statCounterOnly}`);
    }
    const css = (await readdir(assets)).filter((file) => file.endsWith('.css'));
    assert.equal(css.length, 1, 'tokens.css is bundled');
  });

  test('the built page works in Chromium', async () => {
    await onServedPage(chromium(), join(projects.vite, 'dist'), async (page) => {
      await settled(page);
      const text = await shadowTexts(page, ['qx-breadcrumbs', 'qx-breadcrumb-item']);
      assert.match(text['qx-breadcrumbs'], /您的当前位置：/);
      const separator = await page.evaluate(() => document.documentElement.dataset.separator);
      assert.equal(separator, '/', 'the typed app code ran');
    });
  });
});

describe("Vue 3 app (the README's Vue section), checked by vue-tsc and built by Vite", () => {
  const vueTsc = (...args) =>
    sh(join(projects.vue, 'node_modules/.bin/vue-tsc'), args, projects.vue);

  test("vue-tsc passes on the README's code: attributes, a bound boolean, a typed event", async () => {
    await vueTsc('--noEmit', '-p', '.');
  });

  test('vue-tsc refuses :name-zh="123", :hide-toggle="\'yes\'" and :hide-label="\'x\'"', async () => {
    const failure = await vueTsc('--noEmit', '-p', 'tsconfig.wrong.json').then(
      () => assert.fail('vue-tsc passed on wrong/Wrong.vue'),
      (error) => String(error.message),
    );
    const source = (await readFile(join(projects.vue, 'wrong/Wrong.vue'), 'utf8')).split('\n');
    // `wrong/Wrong.vue(8,25): error TS2322: …`: the attribute named at each reported place.
    const named = [...failure.matchAll(/Wrong\.vue\((\d+),(\d+)\): error (TS\d+)/g)].map(
      ([, line, column, code]) =>
        `${/^[\w-]+/.exec(source[Number(line) - 1]?.slice(Number(column) - 1) ?? '')?.[0]} ${code}`,
    );
    assert.deepEqual(named.sort(), ['hide-label TS2322', 'hide-toggle TS2322', 'name-zh TS2322']);
  });

  test('vite build: the elements render in Chromium and the typed listener runs', async () => {
    await sh(join(projects.vue, 'node_modules/.bin/vite'), ['build'], projects.vue);
    await onServedPage(chromium(), join(projects.vue, 'dist'), async (page) => {
      await page.waitForSelector('qx-bilingual-header');
      await settled(page);
      const text = await shadowTexts(page, ['qx-bilingual-header', 'qx-breadcrumbs']);
      assert.match(text['qx-bilingual-header'], /重庆市归国华侨联合会/);
      assert.match(text['qx-breadcrumbs'], /您的当前位置：/);
      // `:hideLabel="false"` set the property; `:hide-label` would have set hide-label="false".
      const hidden = await page.$eval('qx-breadcrumbs', (el) => [
        /** @type {{ hideLabel?: boolean }} */ (el).hideLabel,
        el.hasAttribute('hide-label'),
      ]);
      assert.deepEqual(hidden, [false, false]);
      const toggle = await page.waitForSelector('qx-bilingual-header >>> [part="toggle"]');
      await toggle.click();
      await page.waitForFunction(() => document.querySelector('#locale')?.textContent === 'en');
      await page.waitForFunction(() =>
        document
          .querySelector('qx-breadcrumbs')
          ?.shadowRoot?.textContent?.includes('You are here:'),
      );
    });
  });

  test('an app that uses only the breadcrumbs bundles no other element', async () => {
    await sh(process.execPath, ['build-breadcrumbs.js'], projects.vue);
    const out = join(projects.vue, 'dist-breadcrumbs');
    const assets = (await readdir(join(out, 'assets'))).filter((file) => file.endsWith('.js'));
    const chunks = await Promise.all(assets.map((f) => readFile(join(out, 'assets', f), 'utf8')));
    assert.deepEqual(await otherElements(chunks.join('\n'), projects.vue), []);
    // What the page loads at start: its entry script and the chunks it preloads (the zh-Hant
    // strings, loaded only on a zh-Hant page, are left out).
    const html = await readFile(join(out, 'breadcrumbs.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\/(assets\/[\w.-]+\.js)"/g)].map((m) => m[1]);
    assert.ok(loaded.length > 0, 'breadcrumbs.html loads a script');
    const start = await Promise.all(loaded.map((file) => readFile(join(out, file))));
    const kb = (start.reduce((sum, code) => sum + gzipSync(code).length, 0) / 1024).toFixed(1);
    console.log(
      `breadcrumbs-only Vue app: ${kb} KB gzip at start (Vue, Lit and i18next included; ${assets.length} chunk(s) in all)`,
    );
  });
});

describe("Preact and Solid (the README's sections)", () => {
  for (const framework of ['preact', 'solid']) {
    test(`tsc passes on the README's ${framework} code with the real package`, async () => {
      const files = await readdir(join(projects.jsx, 'src', framework));
      assert.deepEqual(files, ['Masthead.tsx'], 'the README has the example');
      await sh(
        join(projects.jsx, 'node_modules/.bin/tsc'),
        ['--noEmit', '-p', `tsconfig.${framework}.json`],
        projects.jsx,
      );
    });
  }
});

describe('React app with @qiaoxin/react', () => {
  test('@qiaoxin/react is built and packed (turbo builds it first)', () => {
    assert.ok(reactBuilt, 'packages/react/dist/index.js is missing');
  });
  test('tsc --noEmit passes with a typed onQxLocaleChange handler', async () => {
    await sh(
      join(projects.react, 'node_modules/.bin/tsc'),
      ['--noEmit', '-p', '.'],
      projects.react,
    );
  });

  test('the handler fires when the language toggle is clicked', async () => {
    await sh(process.execPath, ['build.js'], projects.react);
    await onServedPage(chromium(), projects.react, async (page) => {
      await page.waitForSelector('qx-bilingual-header');
      await settled(page);
      assert.equal(await page.$eval('#locale', (el) => el.textContent), 'zh-CN');
      const toggle = await page.waitForSelector('qx-bilingual-header >>> [part="toggle"]');
      await toggle.click();
      await page.waitForFunction(() => document.querySelector('#locale')?.textContent === 'en');
    });
  });
  test('an app that uses only the breadcrumbs bundles no other element', async () => {
    await sh(process.execPath, ['build.js'], projects.react);
    const bundle = await readFile(join(projects.react, 'dist/breadcrumbs-only.js'), 'utf8');
    assert.deepEqual(await otherElements(bundle, projects.react), []);
    const kb = (gzipSync(bundle).length / 1024).toFixed(1);
    console.log(
      `breadcrumbs-only React app: ${kb} KB gzip (React, @lit/react, Lit and i18next included)`,
    );
  });
});
