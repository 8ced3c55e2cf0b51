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
    'theme.json:2: --qx-color-primary: "reddish" is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
    'theme.json:3: --qx-color-link: "#12345" is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
    'theme.json:4: --qx-color-surface: "rgb(1, 2)" is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
    'theme.json:5: --qx-color-text: "var(--x)" is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
    'theme.json:9: color-primary is not a theme field: use primary, accent, text, surface or a --qx-* token',
    'theme.json:10: --qx-radius-md: "4px; color: red" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:11: --qx-space-md must be a string: put the value in quotes',
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
  'hostile-links': [
    'content/articles/broken.md:3: published: "2023-02-30" is not a real date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm',
    'content/articles/first.md:9: link "//evil.example/news/first/" is not a page of this site (a link to another site starts with https://)',
    'content/articles/first.md:11: link "/%5Cevil.example/news/first/" is not a page of this site (a link to another site starts with https://)',
    'content/articles/first.md:13: link "/no/such/news/first/" is not a page of this site',
    'content/articles/first.md:15: link "/x/../news/first/" is not a page of this site',
    'content/articles/first.md:17: link "/news/%2e%2e/news/first/" is not a page of this site',
    'content/articles/first.md:19: link "/%2F%2Fevil.example/news/first/" is not a page of this site',
    'content/articles/first.md:23: link "/no/such/broken/" is not a page of this site',
    'content/articles/first.md:25: link "//evil.example/news/broken/" is not a page of this site (a link to another site starts with https://)',
    'site.config.json:30: nav[2].href "//evil.example/news/first/" is not a page of this site (a link to another site starts with https://)',
    'site.config.json:35: nav[3].href "/\\evil.example/news/first/" is not a page of this site (a link to another site starts with https://)',
    'site.config.json:40: nav[4].href "https:evil.example/" is not a page of this site',
    'site.config.json:45: nav[5].href "/x/../news/first/" is not a page of this site',
    'site.config.json:50: nav[6].href "/%2e%2e/news/first/" is not a page of this site',
    'site.config.json:55: nav[7].href "/no/such/news/first/" is not a page of this site',
    'site.config.json:60: nav[8].href "javascript:alert(1)" is not a page of this site',
  ],
  'hostile-theme': [
    'theme.json:3: --qx-radius-md: "4px /*" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:4: --qx-radius-lg: "8px) " is not a length (like 4px, 0.5rem or 0)',
    'theme.json:5: --qx-radius-sm: "[2px]" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:6: --qx-radius-pill: "9999px\\"" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:7: --qx-space-1: "4px}" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:8: --qx-space-2: "0.5rem</style><script>alert(1)</script>" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:9: --qx-space-3: "url(javascript:alert(1))" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:10: --qx-space-4: "expression(alert(1))" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:11: --qx-space-5: "@import \'https://evil.example/x.css\'" is not a length (like 4px, 0.5rem or 0)',
    'theme.json:12: --qx-space-6: "1rem;}body{display:none" is not a length (like 4px, 0.5rem or 0)',
    "theme.json:13: --qx-font-family-sans: \"'Noto Sans SC', url(javascript:alert(1))\" is not a list of fonts (like 'Noto Sans SC', sans-serif)",
    "theme.json:14: --qx-font-family-serif: \"'Songti SC' /* , serif\" is not a list of fonts (like 'Noto Sans SC', sans-serif)",
    'theme.json:15: --qx-motion-easing-standard: "cubic-bezier(0.2, 0, 0, 1) !important" is not a timing function (like ease or cubic-bezier(0.2, 0, 0, 1))',
    'theme.json:16: --qx-motion-duration-fast: "150" is not a duration (like 150ms)',
    'theme.json:17: --qx-font-weight-bold: "var(--x)" is not a font weight (like 400 or bold)',
    'theme.json:18: --qx-color-text: "rgb(0 0 0\\")" is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
    'theme.json:19: --qx-color-divider: "#ccc /* */" is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
    'theme.json:20: --qx-shadow-card is not a token of @qiaoxin/tokens (its families: --qx-color-*, --qx-space-*, --qx-radius-*, --qx-border-*, --qx-focus-*, --qx-breakpoint-*, --qx-motion-*, --qx-font-*)',
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
