// Notices (通知公告), photo news (图片新闻) and topics (专题专栏) in a real build of a copy of
// sites/demo with the real CLI: the markup site-kit writes for the <qx-notice-list>,
// <qx-photo-news> and <qx-topic-banner> blocks (CONTRACT-17.md), the order of notices, the
// topic pages in every edition, the home page's blocks. Errors and hostile text:
// content-types-errors.test.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildWithCli, copySite, edit, files, read, useTemp } from './helpers/site-copy.js';
import { elementsOf } from './helpers/light-dom.js';

const temp = useTemp('qx-content-');

const hrefs = (items) => items.map((i) => i.attrs.href);

describe('the demo portal', () => {
  let out, all, stdout, stderr;
  before(async () => {
    const dir = await copySite(temp.path, 'demo');
    const built = await buildWithCli(dir);
    assert.equal(built.code, 0, built.stderr);
    ({ stdout, stderr } = built);
    out = join(dir, 'dist');
    all = await files(out);
  });
  const page = (file) => read(out, file);

  test('builds with no warning and no placeholder', () => {
    assert.equal(stderr, '');
    assert.doesNotMatch(stdout, /warning|placeholder/i);
  });

  test('the home page: pinned notice first, the expired one gone, each a dated link', async () => {
    const notices = elementsOf(await page('index.html'), 'qx-notice-item');
    assert.deepEqual(hrefs(notices), [
      '/demo/tzgg/spring-gathering/',
      '/demo/tzgg/calligraphy-call/',
      '/demo/tzgg/member-registration/',
    ]);
    assert.equal(notices[0].attrs.pinned, '');
    assert.ok(notices.slice(1).every((n) => !('pinned' in n.attrs)));
    assert.deepEqual(
      notices.map((n) => n.attrs.date),
      ['2026-11-20', '2026-11-10', '2026-10-15'],
    );
    assert.equal(notices[0].text, '关于举办示例区侨界迎新春联谊会的通知');
    const [list] = elementsOf(await page('index.html'), 'qx-notice-list');
    assert.equal(list.attrs.lang, 'zh-Hans');
  });

  test('the notices section keeps every notice, the expired one too, pinned first', async () => {
    for (const [file, prefix] of [
      ['tzgg/index.html', '/demo/tzgg/'],
      ['en/tzgg/index.html', '/demo/en/tzgg/'],
    ]) {
      const notices = elementsOf(await page(file), 'qx-notice-item');
      assert.deepEqual(
        hrefs(notices),
        ['spring-gathering', 'calligraphy-call', 'member-registration', 'office-move'].map(
          (slug) => `${prefix}${slug}/`,
        ),
      );
    }
    // A notice's own page is an article page.
    assert.ok(all.includes('tzgg/office-move/index.html'));
    assert.match(await page('tzgg/office-move/index.html'), /<qx-article-meta\b/);
  });

  test('a notice with attachments shows their count, on the home page and in its section', async () => {
    // member-registration links files/plan.pdf and lists files/form.docx in its front matter.
    for (const file of ['index.html', 'tzgg/index.html', 'en/index.html', 'en/tzgg/index.html']) {
      const notices = elementsOf(await page(file), 'qx-notice-item');
      const counts = Object.fromEntries(
        notices.map((n) => [n.attrs.href.split('/').at(-2), n.attrs.attachments]),
      );
      assert.equal(counts['member-registration'], '2', file);
      for (const [slug, count] of Object.entries(counts))
        if (slug !== 'member-registration') assert.equal(count, undefined, `${file}: ${slug}`);
    }
    const [list] = elementsOf(await page('tzgg/member-registration/index.html'), 'qx-attachment');
    assert.equal(list.attrs.type, 'pdf');
  });

  test('the demo shows the banner, friendly links, the WeChat QR and a captioned video', async () => {
    const home = await page('index.html');
    assert.match(home, /<img[^>]*slot="banner"/);
    assert.deepEqual(
      elementsOf(home, 'qx-link-group').map((g) => g.attrs.label),
      ['上级侨联', '政府网站'],
    );
    assert.match(home, /<img\s+src="[^"]*\/assets\/wechat-[^"]*\.svg"\s+alt="[^"]+二维码"/);
    const video = await page('qldt/committee-meeting/index.html');
    assert.match(video, /<video\b[^>]*\bposter="[^"]*talk[^"]*\.png"/);
    assert.match(video, /<track\b[^>]*\bsrc="[^"]*talk[^"]*\.vtt"/);
  });

  test('photo news: the newest covers, each with its size, date and title', async () => {
    const items = elementsOf(await page('index.html'), 'qx-photo-news-item');
    assert.deepEqual(hrefs(items), [
      '/demo/qldt/reading-club/',
      '/demo/qldt/health-clinic/',
      '/demo/qldt/culture-festival/',
      '/demo/qldt/committee-meeting/',
    ]);
    const [first] = items;
    assert.equal(first.attrs.image, '/demo/images/reading.png');
    assert.equal(first.attrs['image-width'], '640');
    assert.equal(first.attrs['image-height'], '400');
    assert.equal(first.attrs.date, '2026-11-28');
    assert.equal(first.text, '示例区侨联举办“侨心向党”主题读书会');
    assert.ok(all.includes('images/reading.png') && all.includes('images/topic-culture.png'));
  });

  test('topic banners on the home page, each edition linking to its own topic page', async () => {
    for (const [file, prefix, title] of [
      ['index.html', '/demo/', '侨乡文化节'],
      ['zh-hant/index.html', '/demo/zh-hant/', '僑鄉文化節'],
      ['en/index.html', '/demo/en/', 'Hometown Culture Festival'],
    ]) {
      const banners = elementsOf(await page(file), 'qx-topic-banner');
      assert.deepEqual(hrefs(banners), [`${prefix}topics/qxwh/`, `${prefix}topics/zyfw/`]);
      assert.equal(banners[0].attrs.image, '/demo/images/topic-culture.png');
      assert.equal(banners[0].attrs['image-width'], '1200');
      assert.equal(banners[0].attrs['image-height'], '300');
      assert.ok(banners[0].text.startsWith(title), banners[0].text);
      const intro = elementsOf(await page(file), 'span', 'qx-topic-banner').find(
        (s) => s.attrs.slot === 'intro',
      );
      assert.ok(intro?.text, 'the introduction is in slot "intro"');
    }
  });

  test('a topic page lists exactly the articles that name it, in every edition', async () => {
    const expected = {
      qxwh: ['/tzgg/calligraphy-call/', '/qldt/culture-festival/'],
      zyfw: ['/qldt/health-clinic/', '/wqfw/one-stop-guide/'],
    };
    for (const [id, paths] of Object.entries(expected)) {
      for (const folder of ['', 'zh-hant/', 'en/']) {
        const html = await page(`${folder}topics/${id}/index.html`);
        const listed = hrefs(elementsOf(html, 'qx-news-item', 'main'));
        assert.deepEqual(
          listed,
          paths.map((p) => `/demo/${folder}${p.slice(1)}`),
        );
        const [banner] = elementsOf(html, 'img.topic-banner');
        assert.equal(banner.attrs.width, '1200');
        assert.equal(elementsOf(html, 'h1', 'main').length, 1);
      }
    }
    const zh = await page('topics/qxwh/index.html');
    assert.equal(elementsOf(zh, 'h1', 'main')[0].text, '侨乡文化节');
    assert.match(zh, /<meta name="ColumnType" content="专题专栏">/);
  });

  test('topic pages are in sitemap.xml and the site map page', async () => {
    const xml = await page('sitemap.xml');
    for (const folder of ['', 'zh-hant/', 'en/'])
      assert.match(xml, new RegExp(`<loc>/demo/${folder}topics/zyfw/</loc>`));
    const links = hrefs(elementsOf(await page('sitemap/index.html'), 'a', 'main'));
    assert.ok(links.includes('/demo/topics/qxwh/') && links.includes('/demo/topics/zyfw/'));
  });

  test('every page says it is a demonstration, in its own language', async () => {
    const pages = all.filter((f) => f.endsWith('.html'));
    assert.ok(pages.length > 60, String(pages.length));
    for (const file of pages) {
      const [note] = elementsOf(await page(file), 'p.site-note', 'main');
      assert.ok(note, `${file} has the note`);
      assert.match(note.text, file.startsWith('en/') ? /demonstration/ : /演示站點|演示站点/);
    }
  });

  test('the home page has every block, in its grid', async () => {
    const html = await page('index.html');
    const [home] = elementsOf(html, 'div.home', 'main');
    const blocks = home.node.childNodes.filter((n) => n.tagName).map((n) => n.attrs[0]?.value);
    assert.deepEqual(blocks, ['home-top', 'home-sections', 'home-topics', 'home-figures']);
    assert.equal(elementsOf(html, 'section.home-notices').length, 1);
    assert.equal(elementsOf(html, 'section.category').length, 2, 'notices are not a section block');
    assert.equal(elementsOf(html, 'qx-stat-group').length, 1);
  });
});

describe('a topic with more articles than a page holds', () => {
  test('is paginated like a section list', async () => {
    const dir = await copySite(join(temp.path, 'paged'), 'demo');
    await edit(dir, 'site.config.json', (t) => t.replace('"pageSize": 10', '"pageSize": 1'));
    const built = await buildWithCli(dir);
    assert.equal(built.code, 0, built.stderr);
    const out = join(dir, 'dist');
    const second = await read(out, 'topics/qxwh/page/2/index.html');
    assert.deepEqual(hrefs(elementsOf(second, 'qx-news-item', 'main')), [
      '/demo/qldt/culture-festival/',
    ]);
    const [pagination] = elementsOf(second, 'qx-pagination');
    assert.equal(pagination.attrs['first-href'], '/demo/topics/qxwh/');
    assert.equal(pagination.attrs.total, '2');
  });
});

test('notices expire by the calendar day in China, whatever the build machine’s time zone', async () => {
  const { todayInChina } = await import('../dist/site/notices.js');
  // 00:30 on 1 April in Beijing is still 31 March in UTC.
  assert.equal(todayInChina(new Date('2024-03-31T16:30:00Z')), '2024-04-01');
  assert.equal(todayInChina(new Date('2024-03-31T15:59:00Z')), '2024-03-31');
});
