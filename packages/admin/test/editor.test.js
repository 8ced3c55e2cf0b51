// The real editor in Chromium, driven with clicks and typing: an article is created and saved
// into the site folder with the right front matter and is in the next build; the footer's ICP
// number is edited and the built footer shows it; a value the build refuses shows the build's
// message beside its field and nothing is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, fileSays } from './helpers/admin.js';
import {
  articles,
  choose,
  idle,
  open,
  page,
  png,
  press,
  publish,
  site,
  typeInto,
  useEditor,
} from './helpers/editor-page.js';

useEditor();

test('a new article: typed, saved as Markdown with the right front matter, and in the next build', async () => {
  await open('/collections/articles/new');
  await typeInto('title', '侨联新闻测试');
  await choose('category', 'Federation News');
  await press('[data-qx-field="published"] ::-p-text(Now)');
  // A cover picture: uploaded in Decap's media library (written at once into content/images
  // by the server's checks), then chosen for the article.
  await press('[data-qx-field="cover"] ::-p-text(Choose an image)');
  const file = await page.waitForSelector('input[type="file"]');
  await file.uploadFile(png);
  // Decap selects the file it has just uploaded.
  const selected = await page.waitForFunction(() =>
    [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Choose selected' && !b.disabled,
    ),
  );
  await selected.click();
  // The library closes with a fade; until its dialog is gone it holds the focus and the clicks.
  await page.waitForFunction(
    () =>
      !/Choose an image/.test(document.querySelector('[data-qx-field="cover"]').innerText) &&
      !document.querySelector('[role="dialog"][aria-modal="true"]'),
  );
  const body = await page.waitForSelector('[data-qx-field="body"] [contenteditable="true"]');
  // The preview pane: the article rendered by a real build, with the body just typed.
  const previewed = page.waitForResponse(
    (r) =>
      r.url().endsWith('/_admin/api/preview') &&
      (r.request().postData() ?? '').includes('这是正文。'),
  );
  await idle();
  await body.click();
  await page.waitForFunction(() =>
    document.activeElement?.closest('[data-qx-field="body"] [contenteditable="true"]'),
  );
  await page.keyboard.type('这是正文。');
  const { url } = await (await previewed).json();
  // The pane may show a later preview of the same page (Decap asks again after a change, once
  // the preview in flight is done), in the same frame or a new one: whatever frame the pane
  // holds is looked into from the editor's page (both same-origin), until it shows this page
  // with the typed text and Qiaoxin's components.
  const shown = await page.waitForFunction(
    (path) => {
      const pane = document.querySelector('iframe#preview-pane')?.contentDocument;
      const frame = pane?.querySelector('[data-qx-preview] iframe');
      const at = frame?.contentWindow?.location.pathname;
      const shows = at && decodeURI(at).replace(/^\/_preview\/\d+/, '');
      const doc = shows === path ? frame.contentDocument : undefined;
      return (
        doc?.body?.innerText.includes('这是正文') &&
        Boolean(
          doc.querySelector('qx-breadcrumbs, qx-article-meta, [class*="qx-"], qx-site-header'),
        )
      );
    },
    {},
    decodeURI(url).replace(/^\/_preview\/\d+/, ''),
  );
  assert.ok(await shown.jsonValue(), 'the typed text and Qiaoxin components in the preview');
  const before = await articles();
  // Saved is a file on disk: waited for as such, not as Decap's passing "Entry saved" toast.
  const written = fileSays(join(site.dir, 'content/articles'), /这是正文。/, before);
  await publish();
  await written;
  const added = (await articles()).filter((n) => !before.includes(n));
  assert.equal(added.length, 1);
  const text = await readFile(join(site.dir, 'content/articles', added[0]), 'utf8');
  assert.match(text, /^---\n/);
  assert.match(text, /title: 侨联新闻测试/);
  assert.match(text, /category: qldt/);
  assert.match(text, /published: "?'?\d{4}-\d{2}-\d{2}/);
  assert.match(text, /这是正文。/);
  assert.match(text, /cover: images\/cover-test\.png/);
  assert.deepEqual(
    await readFile(join(site.dir, 'content/images/cover-test.png')),
    await readFile(png),
  );
  const built = await build(site.dir);
  assert.equal(built.code, 0, built.output);
  const slug = added[0].replace(/\.md$/, '');
  assert.match(
    await readFile(join(site.dir, 'dist/qldt', slug, 'index.html'), 'utf8'),
    /侨联新闻测试/,
  );
});

test('the footer’s ICP number, edited in the editor, is in the built footer', async () => {
  await open('/collections/settings/entries/footer');
  const input = await page.waitForSelector('[data-qx-field="footer"] input[id^="icp-field"]');
  await input.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input.type('沪ICP备12345678号-9');
  const written = fileSays(site.dir, /沪ICP备12345678号-9/);
  await publish();
  await written;
  const config = JSON.parse(await readFile(join(site.dir, 'site.config.json'), 'utf8'));
  assert.equal(config.footer.icp, '沪ICP备12345678号-9');
  assert.equal(config.nav.length, 4, 'the other parts of site.config.json are kept');
  const built = await build(site.dir);
  assert.equal(built.code, 0, built.output);
  assert.match(await readFile(join(site.dir, 'dist/index.html'), 'utf8'), /沪ICP备12345678号-9/);
});

test('a value the build refuses shows the build’s message beside its field, and nothing is written', async () => {
  await open('/collections/articles/new');
  await choose('category', 'Work Reviews');
  await press('[data-qx-field="published"] ::-p-text(Now)');
  // Markdown as written (the rich-text mode would escape the brackets).
  await press('[data-qx-field="body"] [role="switch"]');
  await page.waitForSelector('[data-qx-field="body"] [role="switch"][aria-checked="true"]');
  const body = await page.waitForSelector(
    '[data-qx-field="body"] [contenteditable="true"], [data-qx-field="body"] textarea',
  );
  await idle();
  await body.click();
  await page.waitForFunction(() => document.activeElement?.closest('[data-qx-field="body"]'));
  await page.keyboard.type('见[不存在的页面](/no-such-page/)');
  await idle();
  const titleError = await page.$eval('[data-qx-error="title"]', (e) => e.textContent);
  const bodyError = await page.$eval('[data-qx-error="body"]', (e) => e.textContent);
  const before = await articles();
  await (await page.waitForSelector('::-p-text(Publish)')).click();
  await (await page.waitForSelector('::-p-text(Publish now)')).click();
  // Decap lists the refusal among the field's errors, from the widget's isValid.
  await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('[class*="ControlErrorsList"] li')].some((li) =>
        li.textContent.includes(text),
      ),
    {},
    titleError,
  );
  assert.deepEqual(await articles(), before);
  // The build's own words for the same mistakes.
  const { rm } = await import('node:fs/promises');
  const file = join(site.dir, 'content/articles/refused-check.md');
  await writeFile(
    file,
    `---\npublished: '2026-01-02'\ncategory: gzzs\n---\n见[不存在的页面](/no-such-page/)\n`,
  );
  const built = await build(site.dir);
  await rm(file);
  const said = (part) =>
    built.output.split('\n').find((l) => l.includes('refused-check.md') && l.includes(part));
  assert.ok(said('title') && said('title').endsWith(titleError), `${titleError}\n${built.output}`);
  assert.ok(
    said('/no-such-page/') && said('/no-such-page/').endsWith(bodyError),
    `${bodyError}\n${built.output}`,
  );
});
