// Each fixture under test/fixtures/ is a site folder with mistakes a webmaster makes; every
// problem must be reported at once, as file:line: message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { SiteError, formatProblem, formatSiteError, loadSite } from '../dist/index.js';

const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));

/** Loads a fixture that must fail and returns its problems as text. */
async function problemsOf(name) {
  const error = await loadSite(fixture(name)).then(
    () => assert.fail(`${name} loaded without errors`),
    (e) => e,
  );
  assert.ok(error instanceof SiteError, String(error));
  return error.problems.map(formatProblem);
}

const expected = {
  'bad-yaml': [
    'content/about.md:1: front matter is not closed by a --- line',
    'content/articles/first.md:4: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    'theme.json:3: not valid JSON: Missing , or : between flow map items',
  ],
  'missing-field': [
    'content/articles/first.md:2: title is required',
    'content/articles/first.md:2: published is required',
    'content/articles/second.md:5: autor is not a known field',
    'site.config.json:1: basePath is required',
    'site.config.json:3: name.en is required',
  ],
  'unknown-category': [
    'content/articles/first.md:8: category "llxx" is not one of the site\'s categories (news)',
  ],
  'bad-nav': [
    'content/articles/first.md:19: link "/about" is not a page of this site',
    'site.config.json:9: nav[1].href "/news" is not a page of this site',
    'site.config.json:12: nav[4].href "javascript:alert(1)" is not a page of this site',
    'site.config.json:13: nav[5].href "/en/news/second/" is not a page of this site',
  ],
  'bad-theme': [
    'theme.json:2: --qx-color-primary: "reddish" is not a colour',
    'theme.json:3: --qx-color-link: "#12345" is not a colour',
    'theme.json:4: --qx-color-surface: "rgb(1, 2)" is not a colour',
    'theme.json:5: --qx-color-text: "var(--x)" is not a colour',
    'theme.json:9: color-primary is not a theme field: use primary, accent, text, surface or a --qx-* token',
    'theme.json:10: --qx-radius-md: "4px; color: red" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:11: --qx-space-md must be a string',
  ],
  'bad-date': [
    'content/articles/d1538.md:3: published: "2023-06-02T15:38" is not a real date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm',
    'content/articles/d2362.md:3: published: "2023-6-2" is not a real date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm',
    'content/articles/d2400.md:3: published: "2023-06-02 24:00" is not a real date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm',
    'content/articles/first.md:4: published: "2023-02-30" is not a real date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm',
  ],
  'bad-stats': [
    'content/articles/first.md:12: stats: "people" is not a group in content/data/stats.json (orgs)',
    'content/data/stats.json:13: orgs.items[1].qualifier must be one of "about", "nearly", "over"',
    'site.config.json:14: stats: "money" is not a group in content/data/stats.json (orgs)',
  ],
  'missing-image': [
    'content/articles/first.md:9: image "images/stage.svg" does not exist (paths are relative to content/)',
    'content/articles/first.md:17: image "images/stage.svg" does not exist (paths are relative to content/)',
    'site.config.json:5: logo "logo.svg" does not exist',
  ],
};

for (const [name, lines] of Object.entries(expected)) {
  test(`${name}: reports every problem as file:line: message`, async () => {
    assert.deepEqual(await problemsOf(name), lines);
  });
}

test('the valid fixture loads: config, theme, about, articles, stats and pages', async () => {
  const site = await loadSite(fixture('valid'));
  assert.equal(site.config.id, 'valid');
  assert.equal(site.theme['--qx-color-primary'], '#b8102a');
  assert.equal(site.about?.title, '简介');
  assert.deepEqual(
    site.articles.map((a) => [a.path, a.published, a.lang, a.stats]),
    [
      [
        '/news/first/',
        { day: '2023-06-02', time: '15:38', iso: '2023-06-02T15:38' },
        'zh-CN',
        ['orgs'],
      ],
    ],
  );
  assert.deepEqual(Object.keys(site.stats), ['orgs']);
  assert.deepEqual(site.pages, [
    '/',
    '/about/',
    '/news/',
    '/news/first/',
    '/search/',
    '/sitemap/',
    '/en/',
    '/en/about/',
    '/en/news/',
    '/en/news/first/',
    '/en/search/',
    '/en/sitemap/',
  ]);
});

test('relativeTo names files from another folder, e.g. the repository root', async () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const error = await loadSite(fixture('unknown-category'), { relativeTo: root }).catch((e) => e);
  assert.deepEqual(error.problems.map(formatProblem), [
    'test/fixtures/unknown-category/content/articles/first.md:8: category "llxx" is not one of the site\'s categories (news)',
  ]);
});

test('formatSiteError lists the problems and counts them', async () => {
  const error = await loadSite(fixture('missing-image')).catch((e) => e);
  assert.equal(
    formatSiteError(error),
    [...expected['missing-image'], '3 problems in the site folder'].join('\n'),
  );
  assert.equal(formatSiteError('plain'), 'plain');
});

test('a folder without site.config.json says so', async () => {
  const error = await loadSite(fixture('valid/content')).catch((e) => e);
  assert.ok(error instanceof SiteError);
  assert.ok(error.problems.some((p) => formatProblem(p) === 'site.config.json: file is missing'));
});
