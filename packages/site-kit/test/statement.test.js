// 「我要纠错」 and 「无障碍说明」 in the footer of every edition; the statement page itself in
// each edition, in the site map and sitemap.xml (valid HTML, like every page: valid-html.test.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
