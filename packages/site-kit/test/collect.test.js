// A page's Lit rendering is collected chunk by chunk (render/collect.ts): the same HTML as
// collecting it whole and making it standard afterwards, less Lit's hydration markers outside
// the shadow roots (nothing hydrates there), and the CSP sources of exactly the `<style>`s in
// it, told from Lit's chunks without reading the page again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { html } from 'lit';
import { parse } from 'parse5';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { startPortalRuntime } from '../dist/portal-runtime.js';

// As a rendering worker does: the elements load after the portal's i18n runtime.
await startPortalRuntime(true);
await import('@qiaoxin/components');
const { collectTemplate } = await import('../dist/render/collect.js');
const { contentSecurityPolicy } = await import('../dist/render/head.js');
const { RawHtml, renderedOnce } = await import('../dist/render/raw-html.js');

const hash = (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const stylesIn = (page) =>
  new Set([...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1])));

/** What the build wrote before: Lit's whole result, then the standard markup in passes. */
const collectedWhole = (template) =>
  collectResultSync(render(template))
    .replaceAll(
      '<template shadowroot="open" shadowrootmode="open"',
      '<template shadowrootmode="open"',
    )
    .replaceAll('<?>', '<!--?-->');

const marker = /^<!--(\/?lit-part[^>]*|lit-node \d+)-->$/;

/** `page` without the markers outside its shadow roots, found by reading it whole. */
function withoutPageMarkers(page) {
  let depth = 0;
  return page.replace(
    /<template shadowrootmode="[^"]*"[^>]*>|<\/template>|<!--[^>]*-->/g,
    (tag) => {
      if (tag.startsWith('<template')) depth++;
      else if (tag === '</template>') depth--;
      else if (depth === 0 && marker.test(tag)) return '';
      return tag;
    },
  );
}

// Breadcrumbs, a heading, a switch in English, and a template that ends in a binding (Lit's `<?>`).
const page = () =>
  html`<qx-breadcrumb lang="zh-CN"
      ><qx-breadcrumb-item href="/">首页</qx-breadcrumb-item
      ><qx-breadcrumb-item href="/qldt/" current>${'侨联动态'}</qx-breadcrumb-item></qx-breadcrumb
    >
    <qx-section-heading lang="zh-CN">${'侨联动态'}</qx-section-heading>
    <qx-elder-mode lang="en"></qx-elder-mode>${'<末尾>'}`;

test('a collected page is the HTML collecting it whole and rewriting it gave, less its page-level markers', () => {
  const { html: written } = collectTemplate(page());
  const whole = collectedWhole(page());
  assert.equal(written, withoutPageMarkers(whole));
  assert.ok(whole.length - written.length > 100, 'the page-level markers are left out');
  // The markers inside the shadow roots, which the elements hydrate from, are there.
  const markers = (text) => text.match(/<!--(\/?lit-part[^>]*|lit-node \d+)-->/g).length;
  assert.ok(markers(written) > 10);
  assert.match(written, /<template shadowrootmode="open">/);
  assert.doesNotMatch(written, /<\?>|shadowroot="/);
  assert.match(written, /&lt;末尾&gt;/, 'bound text stays escaped');
});

/**
 * A parse5 tree as plain data: what a browser's parser builds, node for node; with `light`,
 * without Lit's markers outside shadow roots.
 */
function shape(node, light = false, inRoot = false) {
  const attrs = (node.attrs ?? []).map((a) => `${a.name}=${a.value}`);
  const root = inRoot || node.nodeName === 'template';
  const page = (child) => light && !root && child.nodeName === '#comment';
  const children = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])].filter(
    (child) => !(page(child) && marker.test(`<!--${child.data}-->`)),
  );
  return [
    node.nodeName,
    node.value ?? node.data ?? '',
    attrs,
    children.map((c) => shape(c, light, root)),
  ];
}

test("the standard markup parses to the very nodes of Lit's own", () => {
  const lit = collectResultSync(render(page()));
  assert.match(lit, /<\?>/);
  assert.match(lit, /shadowroot="open"/);
  const withoutLegacy = (tree) =>
    JSON.parse(JSON.stringify(tree).replaceAll('"shadowroot=open",', ''));
  assert.deepEqual(
    shape(parse(collectTemplate(page()).html)),
    withoutLegacy(shape(parse(lit), true)),
  );
});

test("the page's styles are exactly its <style>s, and the same on every render", () => {
  const first = collectTemplate(page());
  assert.equal(first.styles?.size, 3, 'one for each element, the two items sharing theirs');
  assert.deepEqual(first.styles, stylesIn(first.html));
  assert.deepEqual(collectTemplate(page()).styles, first.styles);
});

test('a <style> written in a template itself is found by reading the page instead', () => {
  const heading = html`<qx-section-heading>${'首页'}</qx-section-heading>`;
  // prettier-ignore
  const template = html`<div><style>p{color:red}</style>${heading}</div>`;
  const { html: written, styles } = collectTemplate(template);
  assert.equal(styles, undefined);
  const policy = contentSecurityPolicy(written);
  for (const source of stylesIn(written)) assert.ok(policy.includes(source));
  assert.equal(stylesIn(written).size, 2);
});

test("a page's styles include its shared parts', which are rendered once (raw-html.ts)", () => {
  const edition = {};
  const pageWith = (part) => {
    const raw = new RawHtml();
    const written = raw.render(raw.collect(() => html`<main>${part()}</main>`));
    return { written, styles: raw.styles };
  };
  const shared = () =>
    renderedOnce(
      edition,
      'heading',
      () => html`<qx-section-heading>${'动态'}</qx-section-heading>`,
    );
  for (let i = 0; i < 2; i++) {
    const { written, styles } = pageWith(shared);
    assert.equal(styles?.size, 1);
    assert.deepEqual(styles, stylesIn(written));
  }
  // A part whose styles could not be told makes the page's unknown: its page is read instead.
  // prettier-ignore
  const unsure = () => renderedOnce(edition, 'inline', () => html`<style>p{margin:0}</style>`);
  assert.equal(pageWith(unsure).styles, undefined);
});
