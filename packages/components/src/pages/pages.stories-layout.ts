// The page layouts of the page stories (pages.stories.ts): the components assembled into an
// article page and a home page around the content in pages.stories-content.ts.
import { html, nothing, type TemplateResult } from 'lit';
import {
  articleTitle,
  chongqing,
  chongqingArticle,
  emblem,
  organisations,
  type Home,
  type Site,
} from './pages.stories-content.js';
import { seedTrail } from '../test-utils/seeds.js';

export const styles = html`<style>
  .qx-page {
    font-family: var(--qx-font-family-sans);
    color: var(--qx-color-text);
    background: var(--qx-color-surface);
    line-height: var(--qx-font-line-height-normal);
    line-break: strict;
  }
  .qx-page .wrap {
    max-inline-size: var(--qx-breakpoint-lg);
    margin-inline: auto;
    padding-inline: var(--qx-space-4);
  }
  .qx-page header {
    border-block-end: var(--qx-border-width-thick) solid var(--qx-color-primary);
  }
  .qx-page nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qx-space-1) var(--qx-space-6);
    list-style: none;
    margin: 0;
    padding: var(--qx-space-2) 0;
  }
  .qx-page a {
    color: var(--qx-color-link);
  }
  .qx-page a:hover {
    color: var(--qx-color-link-hover);
  }
  .qx-page :focus-visible {
    outline: var(--qx-focus-ring-width) solid var(--qx-color-focus);
    outline-offset: var(--qx-focus-ring-offset);
  }
  .qx-page main {
    padding-block: var(--qx-space-6);
  }
  .qx-page h1 {
    font-family: var(--qx-font-family-serif);
    font-size: var(--qx-font-size-3xl);
    line-height: var(--qx-font-line-height-tight);
    color: var(--qx-color-primary);
    margin-block: var(--qx-space-6) var(--qx-space-3);
  }
  .qx-page h2 {
    font-size: var(--qx-font-size-2xl);
    line-height: var(--qx-font-line-height-tight);
    margin-block: var(--qx-space-8) var(--qx-space-3);
  }
  .qx-page h3 {
    font-size: var(--qx-font-size-xl);
    line-height: var(--qx-font-line-height-tight);
    margin-block: 0 var(--qx-space-2);
  }
  .qx-page article p {
    text-indent: 2em;
    font-size: var(--qx-font-size-lg);
    line-height: var(--qx-font-line-height-relaxed);
  }
  .qx-page qx-stat-group {
    margin-block: var(--qx-space-6);
  }
  .qx-page .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    gap: var(--qx-space-4);
    padding: 0;
    list-style: none;
  }
  .qx-page .cards li {
    border: var(--qx-border-width-thin) solid var(--qx-color-divider);
    border-block-start: var(--qx-border-width-thick) solid var(--qx-color-primary);
    border-radius: var(--qx-radius-md);
    padding: var(--qx-space-4);
  }
  .qx-page .news {
    padding: 0;
    list-style: none;
  }
  .qx-page .news li {
    padding-block: var(--qx-space-3);
    border-block-end: var(--qx-border-width-thin) solid var(--qx-color-divider);
  }
  .qx-page footer {
    background: var(--qx-color-surface-subtle);
    color: var(--qx-color-text-muted);
    font-size: var(--qx-font-size-sm);
    padding-block: var(--qx-space-6);
  }
  .qx-page .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
</style>`;

export const masthead = (site: Site, actions: TemplateResult | typeof nothing = nothing) => html`
  <header>
    <div class="wrap">
      <qx-bilingual-header name-zh=${site.nameZh} name-en=${site.nameEn} href="/">
        <img slot="logo" src=${emblem} alt="" />
        ${actions}
        <nav aria-label="栏目">
          <ul>
            ${site.nav.map(([href, text]) => html`<li><a href=${href}>${text}</a></li>`)}
          </ul>
        </nav>
      </qx-bilingual-header>
    </div>
  </header>
`;

export const footer = (site: Site) => html`
  <footer>
    <div class="wrap" lang="zh-CN">
      <p>主办单位：${site.nameZh}</p>
      <p>${site.nameEn}</p>
    </div>
  </footer>
`;

/** The Chongqing article page: masthead, trail, title, meta line, the article with its figures. */
export const articlePage = () => html`
  ${styles}
  <div class="qx-page">
    ${masthead(chongqing)}
    <main class="wrap">
      ${seedTrail()}
      <article lang="zh-CN">
        <h1>${articleTitle}</h1>
        <qx-article-meta
          published="2023-06-02T15:38"
          author="本站编辑"
          source="本站原创"
        ></qx-article-meta>
        ${chongqingArticle.map(([kind, text]) =>
          kind === 'h' ? html`<h2>${text}</h2>` : html`<p>${text}</p>`,
        )}
        ${organisations}
        <p>（来源：重庆日报）</p>
      </article>
    </main>
    ${footer(chongqing)}
  </div>
`;

export const homePage = ({ site, intro, figures, work, news }: Home) => html`
  ${styles}
  <div class="qx-page">
    ${masthead(site, html`<a slot="actions" href="/search/">搜索</a>`)}
    <main class="wrap" lang="zh-CN">
      <h1 class="visually-hidden">${site.nameZh}</h1>
      <section aria-labelledby="intro">
        <h2 id="intro">简介</h2>
        <p>${intro}</p>
      </section>
      ${figures}
      <section aria-labelledby="work">
        <h2 id="work">五年工作回顾</h2>
        <ul class="cards">
          ${work.map(
            ([title, text]) =>
              html`<li>
                <h3>${title}</h3>
                <p>${text}</p>
              </li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="news">
        <h2 id="news">要闻</h2>
        <ul class="news">
          ${news}
        </ul>
      </section>
    </main>
    ${footer(site)}
  </div>
`;
