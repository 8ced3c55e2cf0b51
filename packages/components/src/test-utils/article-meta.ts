// Helpers for the <qx-article-meta> tests (not shipped), shared by its test files.
import { fixture, elementUpdated } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { QxArticleMeta } from '../article-meta/qx-article-meta.js';
import { captureWarnings, part, queuedTasks, waitUntil } from './index.js';

/** The seed line (seedArticleMeta) as the portal shows it, in each language. */
export const zhLine = '发布时间：2023-06-02 15:38  作者：本站编辑  来源：本站原创  浏览次数：1024';
export const enLine =
  'Published: 2 Jun 2023, 15:38 · Author: 本站编辑 · Source: 本站原创 · Views: 1,024';

/** Where the views-src fixtures are served from. */
export const fixtures = '/src/article-meta/fixtures';

export const fieldText = (el: QxArticleMeta, name: string) => part(el, name)?.textContent ?? null;
export const time = (el: QxArticleMeta, name: string) =>
  part(el, name)?.querySelector('time') ?? null;
// Chromium's innerText on a shadow host leaves out the shadow tree, so read the rendered
// container's innerText: the text a reader sees, with the separators' preserved spaces.
export const shown = (el: QxArticleMeta) => part(el, 'base')?.innerText ?? '';

export async function render(template: TemplateResult) {
  const el = await fixture<QxArticleMeta>(template);
  await elementUpdated(el);
  return el;
}

/** Renders `template` and collects warnings until `done` holds (fetches finish after the render). */
export async function renderUntil(
  template: TemplateResult,
  done: (el: QxArticleMeta, warnings: string[]) => boolean,
) {
  let el!: QxArticleMeta;
  const warnings = await captureWarnings(async (sofar) => {
    el = await render(template);
    await waitUntil(() => done(el, sofar), 'timed out waiting');
  });
  return { el, warnings };
}

/**
 * Runs `run` with fetch wrapped to record each call (the requests themselves are real). The
 * element calls fetch during its update, so once that is over, a call that is not here was
 * never made.
 */
export async function spyingOnFetch(
  run: (calls: { signal: AbortSignal; response: Promise<Response> }[]) => Promise<void>,
) {
  const calls: { signal: AbortSignal; response: Promise<Response> }[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const response = realFetch(input, init);
    calls.push({ signal: init!.signal!, response });
    return response;
  };
  try {
    await run(calls);
  } finally {
    window.fetch = realFetch;
  }
}

/** Waits until every call's request has settled and what the element chained on it has run. */
export async function settledCalls(calls: { response: Promise<Response> }[]) {
  await Promise.allSettled(calls.map((c) => c.response));
  await queuedTasks();
}

/** How many times `url` was requested on this page. */
export const requests = (url: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url)).length;
