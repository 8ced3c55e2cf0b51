// 「我要纠错」 and 「无障碍说明」 in the footer of every edition; the statement page itself in
// each edition, in the site map and sitemap.xml, valid HTML by the Nu Html Checker (vnu).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { attr, findAll, pageOf, textOf, useBuiltSites } from './helpers/portal-pages.js';
import {
  assertRefused,
  buildWithCli,
  copySite,
  edit,
  lineOf,
  useTemp,
} from './helpers/site-copy.js';

const built = useBuiltSites('qx-statement-');
const temp = useTemp('qx-statement-config-');

const editions = [
  ['zh-CN', '', '我要纠错', '无障碍说明'],
  ['zh-Hant', 'zh-hant/', '我要糾錯', '無障礙說明'],
  ['en', 'en/', 'Report an error', 'Accessibility'],
];
const footerLinks = (doc) =>
  findAll(doc, (el) => el.tagName === 'qx-site-footer').flatMap((footer) =>
    findAll(footer, (el) => el.tagName === 'a' && attr(el, 'href') !== undefined),
  );

for (const id of ['chongqing', 'jinshan']) {
  for (const [locale, folder, report, statement] of editions) {
    test(`${id} ${locale}: the footer links to 我要纠错 and the statement, which exists`, async () => {
      for (const path of ['', `${id === 'chongqing' ? 'llxx' : 'gzzs'}/five-year-review/`]) {
        const links = footerLinks(await pageOf(built[id], `${folder}${path}`));
        const byText = Object.fromEntries(links.map((a) => [textOf(a).trim(), attr(a, 'href')]));
        const mail = new URL(byText[report]);
        assert.equal(mail.protocol, 'mailto:');
        assert.equal(mail.pathname, 'contact@example.org');
        assert.match(mail.searchParams.get('subject'), new RegExp(report));
        assert.equal(byText[statement], `/${id}/${folder}accessibility/`);
      }
      const doc = await pageOf(built[id], `${folder}accessibility/`);
      const h1 = findAll(doc, (el) => el.tagName === 'h1').map(textOf);
      assert.deepEqual(h1, [statement]);
      const main = textOf(findAll(doc, (el) => el.tagName === 'main')[0]);
      for (const expected of [
        'Alt+Shift+Z',
        'GB/T 37668-2019',
        'WCAG',
        '2.1',
        'contact@example.org',
      ])
        assert.ok(main.includes(expected), `the statement names ${expected}`);
      // Which editions the site has, from its config.
      for (const name of ['简体中文', '繁體中文', 'English']) assert.ok(main.includes(name), name);
      // The site map lists it like the other service pages.
      const sitemap = findAll(
        await pageOf(built[id], `${folder}sitemap/`),
        (el) => el.tagName === 'a',
      );
      assert.ok(sitemap.some((a) => attr(a, 'href') === `/${id}/${folder}accessibility/`));
    });
  }
  test(`${id}: sitemap.xml lists the statement in every edition`, async () => {
    const xml = await readFile(join(built[id], 'sitemap.xml'), 'utf8');
    for (const [, folder] of editions)
      assert.ok(
        xml.includes(`<loc>https://www.example.org/${id}/${folder}accessibility/</loc>`),
        folder,
      );
  });
}

test('a configured errorReport address is the link; an unsafe scheme is refused', async () => {
  const dir = await copySite(join(temp.path, 'https'), 'jinshan');
  const form = 'https://www.example.org/jinshan/jiucuo?from=site';
  await edit(dir, 'site.config.json', (t) =>
    t.replace('"siteCode":', `"errorReport": "${form}",\n    "siteCode":`),
  );
  const { code, stderr } = await buildWithCli(dir);
  assert.equal(code, 0, stderr);
  for (const [, folder, report] of editions) {
    const links = footerLinks(await pageOf(join(dir, 'dist'), folder));
    assert.equal(
      attr(
        links.find((a) => textOf(a).trim() === report),
        'href',
      ),
      form,
    );
  }

  const bad = await copySite(join(temp.path, 'bad'), 'jinshan');
  await edit(bad, 'site.config.json', (t) =>
    t.replace('"siteCode":', `"errorReport": "javascript:alert(1)",\n    "siteCode":`),
  );
  const line = await lineOf(bad, 'site.config.json', 'errorReport');
  await assertRefused(bad, [
    `site.config.json:${line}: footer.errorReport must be a web address (https://…) or an email address (mailto:…)`,
  ]);
});

/**
 * Kinds of error every page had before the statement existed, all outside this page's own
 * markup: Lit's server-rendering markers (`<?>`) and its `shadowroot` attribute beside
 * `shadowrootmode`, the CSP's 'wasm-unsafe-eval' (newer than vnu's CSP grammar), and list items
 * whose list is in a component's shadow root (which vnu does not follow). Anything else fails.
 */
const knownElsewhere = [
  /^Saw “<\?”/,
  /^Attribute “shadowroot” not allowed on element “template”/,
  /Expecting source-expression but found "'wasm-unsafe-eval'"/,
  /^An element with “role=listitem” must be contained in/,
];
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('the statement and article pages pass the Nu Html Checker', async () => {
  const files = ['chongqing', 'jinshan'].flatMap((id) =>
    editions.flatMap(([, folder]) => [
      join(built[id], `${folder}accessibility/index.html`),
      join(
        built[id],
        `${folder}${id === 'chongqing' ? 'llxx' : 'gzzs'}/five-year-review/index.html`,
      ),
    ]),
  );
  // vnu reports nothing at all for a file that is not there.
  for (const file of files) await access(file);
  const { messages } = await new Promise((resolve, reject) =>
    execFile(
      'java',
      ['-jar', vnu, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      // vnu exits 1 when it found errors; its report is on stderr either way.
      (error, _stdout, stderr) => {
        try {
          resolve(JSON.parse(stderr));
        } catch {
          reject(error ?? new Error(stderr));
        }
      },
    ),
  );
  // A page vnu could not read (a missing file) is a failure too, not an empty report.
  assert.deepEqual(
    messages.filter((m) => m.type !== 'error').map((m) => `${m.url}: ${m.message}`),
    [],
  );
  const errors = messages.filter((m) => !knownElsewhere.some((known) => known.test(m.message)));
  assert.deepEqual(
    errors.map((m) => `${m.url}:${m.lastLine}: ${m.message}`),
    [],
  );
});
