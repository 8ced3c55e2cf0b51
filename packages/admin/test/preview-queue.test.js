// The editor's preview pane in Chromium: it builds one preview at a time, and a change made
// while one is built is previewed next, with a note saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idle, open, page, useEditor } from './helpers/editor-page.js';

useEditor();

test('the preview pane builds one preview at a time; a change meanwhile is previewed next', async () => {
  // Preview requests as the browser sends them; the first is held until released, so the
  // change below is made while it is in flight, as on a computer slower than the typing.
  const asked = [];
  let inFlight = 0;
  let most = 0;
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let firstAsked;
  const first = new Promise((resolve) => (firstAsked = resolve));
  const isPreview = (request) => request.url().endsWith('/_admin/api/preview');
  await open('/collections/articles/new', async (tab) => {
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (!isPreview(request)) return void request.continue();
      asked.push(request.postData() ?? '');
      most = Math.max(most, ++inFlight);
      firstAsked();
      void (asked.length === 1 ? released : Promise.resolve()).then(() => request.continue());
    });
    const done = (request) => isPreview(request) && inFlight--;
    tab.on('requestfinished', done);
    tab.on('requestfailed', done);
  });
  await first;
  const body = await page.waitForSelector('[data-qx-field="body"] [contenteditable="true"]');
  await idle();
  await body.click();
  await page.waitForFunction(() =>
    document.activeElement?.closest('[data-qx-field="body"] [contenteditable="true"]'),
  );
  await page.keyboard.type('排队的修改');
  // The pane is in Decap's preview frame.
  const pane = await (await page.waitForSelector('iframe#preview-pane')).contentFrame();
  await pane.waitForSelector('[data-qx-preview-queued] ::-p-text(previewed next)');
  assert.equal(asked.length, 1, 'no second preview while the first is built');
  const next = page.waitForRequest(isPreview);
  release();
  assert.match((await next).postData() ?? '', /排队的修改/, 'the change, previewed next');
  await pane.waitForSelector('[data-qx-preview="ready"]:not([data-qx-preview-queued])');
  assert.equal(most, 1, 'never two previews at once');
});
