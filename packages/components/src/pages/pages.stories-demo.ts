// The demo site's home page (sites/demo, 示例区侨联, issue 17) as a page story: the issue-17
// blocks as site-kit assembles them on the home page (a header banner, 通知公告 beside the
// newest article, 图片新闻, 专题专栏 banners, friendly links and the WeChat QR in the footer),
// with the demo's own fictional content and pictures, so designers see every block together.
import { html } from 'lit';
import { styles } from './pages.stories-layout.js';
import type { Site } from './pages.stories-content.js';

// The demo site folder's own pictures, each a static `new URL` so Vite bundles exactly these.
const logo = new URL('../../../../sites/demo/logo.svg', import.meta.url).href;
const banner = new URL('../../../../sites/demo/banner.svg', import.meta.url).href;
const wechatQr = new URL('../../../../sites/demo/wechat-qr.svg', import.meta.url).href;
const images = {
  reading: new URL('../../../../sites/demo/content/images/reading.png', import.meta.url).href,
  clinic: new URL('../../../../sites/demo/content/images/clinic.png', import.meta.url).href,
  festival: new URL('../../../../sites/demo/content/images/festival.png', import.meta.url).href,
  meeting: new URL('../../../../sites/demo/content/images/meeting.png', import.meta.url).href,
  culture: new URL('../../../../sites/demo/content/images/topic-culture.png', import.meta.url).href,
  volunteer: new URL('../../../../sites/demo/content/images/topic-volunteer.png', import.meta.url)
    .href,
};

const site: Site = {
  nameZh: '示例区归国华侨联合会（演示站点）',
  nameEn: 'Demo District Federation of Returned Overseas Chinese (demonstration)',
  nav: [
    ['/demo/', '首页'],
    ['/demo/tzgg/', '通知公告'],
    ['/demo/qldt/', '侨联动态'],
    ['/demo/wqfw/', '为侨服务'],
    ['/demo/topics/qxwh/', '侨乡文化节'],
    ['/demo/about/', '简介'],
  ],
};

const demoStyles = html`<style>
  .qx-page .note {
    background: var(--qx-color-surface-subtle);
    padding-block: var(--qx-space-2);
    margin: 0;
  }
  .qx-page .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
    gap: var(--qx-space-6);
  }
  .qx-page qx-topic-banner {
    display: block;
    margin-block-end: var(--qx-space-4);
  }
  .qx-page .qr {
    margin: var(--qx-space-4) 0 0;
  }
</style>`;

const notices = html`<qx-notice-list lang="zh-CN">
  <qx-notice-item href="/demo/tzgg/spring-gathering/" date="2026-11-20" pinned
    >关于举办示例区侨界迎新春联谊会的通知</qx-notice-item
  >
  <qx-notice-item href="/demo/tzgg/calligraphy-call/" date="2026-11-10"
    >关于征集侨界书画摄影作品的通知</qx-notice-item
  >
  <qx-notice-item href="/demo/tzgg/member-registration/" date="2026-10-15" attachments="2"
    >示例区侨联2027年度会员信息登记公告</qx-notice-item
  >
</qx-notice-list>`;

const photoNews: [slug: string, image: string, date: string, title: string][] = [
  ['reading-club', images.reading, '2026-11-28', '示例区侨联举办“侨心向党”主题读书会'],
  ['health-clinic', images.clinic, '2026-11-18', '侨界志愿者走进社区开展健康义诊'],
  ['culture-festival', images.festival, '2026-11-05', '第三届示例区侨乡文化节开幕'],
  ['committee-meeting', images.meeting, '2026-10-22', '示例区侨联召开二届二次全委会议'],
];

const topics: [id: string, image: string, title: string, intro: string][] = [
  [
    'qxwh',
    images.culture,
    '侨乡文化节',
    '一年一度的示例区侨乡文化节：展演、书画和侨史故事（演示内容）。',
  ],
  [
    'zyfw',
    images.volunteer,
    '侨界志愿服务',
    '归侨侨眷志愿者走进社区，开展义诊、法律咨询和助老服务（演示内容）。',
  ],
];

/** The demo home page: every issue-17 block, with the demo's content. */
export const demoHomePage = () => html`
  ${styles} ${demoStyles}
  <div class="qx-page">
    <p class="note wrap" lang="zh-CN">
      本站为 Qiaoxin（侨心）演示站点：单位、人物、活动和数据均为虚构示例。
    </p>
    <header>
      <div class="wrap">
        <qx-bilingual-header name-zh=${site.nameZh} name-en=${site.nameEn} href="/demo/">
          <img slot="logo" src=${logo} alt="" width="64" height="64" />
          <img slot="banner" src=${banner} alt="" width="480" height="96" />
          <nav aria-label="栏目">
            <ul>
              ${site.nav.map(([href, text]) => html`<li><a href=${href}>${text}</a></li>`)}
            </ul>
          </nav>
        </qx-bilingual-header>
      </div>
    </header>
    <main class="wrap" lang="zh-CN">
      <h1 class="visually-hidden">${site.nameZh}</h1>
      <section aria-labelledby="photo-news">
        <h2 id="photo-news">图片新闻</h2>
        <qx-photo-news lang="zh-CN">
          ${photoNews.map(
            ([slug, image, date, title]) =>
              html`<qx-photo-news-item
                href="/demo/qldt/${slug}/"
                image=${image}
                image-width="640"
                image-height="400"
                date=${date}
                >${title}</qx-photo-news-item
              >`,
          )}
        </qx-photo-news>
      </section>
      <div class="grid">
        <section aria-labelledby="notices">
          <h2 id="notices">通知公告</h2>
          ${notices}
        </section>
        <section aria-labelledby="latest">
          <h2 id="latest">侨联动态</h2>
          <ul class="news">
            ${photoNews.map(
              ([slug, , date, title]) =>
                html`<li><a href="/demo/qldt/${slug}/">${title}</a> <span>${date}</span></li>`,
            )}
          </ul>
        </section>
      </div>
      <section aria-labelledby="topics">
        <h2 id="topics">专题专栏</h2>
        ${topics.map(
          ([id, image, title, intro]) =>
            html`<qx-topic-banner
              lang="zh-CN"
              href="/demo/topics/${id}/"
              image=${image}
              image-width="1200"
              image-height="300"
              >${title}<span slot="intro">${intro}</span></qx-topic-banner
            >`,
        )}
      </section>
    </main>
    <footer>
      <div class="wrap" lang="zh-CN">
        <p>主办单位：示例区归国华侨联合会（演示站点，虚构单位）</p>
        <qx-link-groups lang="zh-CN">
          <qx-link-group label="上级侨联"
            ><a href="https://www.chinaql.org/">中国侨联</a></qx-link-group
          >
          <qx-link-group label="政府网站"
            ><a href="https://www.gov.cn/">中国政府网</a></qx-link-group
          >
        </qx-link-groups>
        <figure class="qr">
          <img src=${wechatQr} alt="示例区侨联（演示）微信公众号二维码" width="148" height="176" />
          <figcaption>微信公众号：示例区侨联（演示）</figcaption>
        </figure>
      </div>
    </footer>
  </div>
`;
