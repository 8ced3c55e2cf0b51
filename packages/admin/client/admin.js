import './manual-init.js';
import React from 'react';
import * as decap from 'decap-cms-app';
import zhHans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';
import zhHant from 'decap-cms-locales/dist/esm/zh_Hant/index.js';
import { createValidation, entryRequest } from './validation.js';
import { registerCheckedWidgets } from './widgets.js';

const h = React.createElement;
const CMS = decap.default ?? decap;
const lang = document.querySelector('meta[name="qx-lang"]')?.content === 'en' ? 'en' : 'zh';
const words =
  lang === 'en'
    ? {
        checking: 'Checking…',
        build: 'Build and preview',
        building: 'Building…',
        theme: 'Theme',
        other: '中文',
        problems: 'The build found problems:',
        preview: 'Preparing the preview…',
        queued: 'Your latest changes are previewed next.',
      }
    : {
        checking: '正在检查…',
        build: '构建并预览',
        building: '正在构建…',
        theme: '主题配色',
        other: 'English',
        problems: '构建发现以下问题：',
        preview: '正在生成预览…',
        queued: '最新的修改将在这次预览完成后预览。',
      };

/** Every request to the editor's server says the interface language, for its messages. */
const realFetch = window.fetch.bind(window);
window.fetch = (input, init = {}) => {
  const url = typeof input === 'string' ? input : input.url;
  if (!url.startsWith('/_admin/api/')) return realFetch(input, init);
  return realFetch(input, {
    ...init,
    headers: { ...(init.headers ?? {}), 'X-Qiaoxin-Lang': lang },
  });
};

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

const validation = createValidation(post);

/**
 * The preview pane: the entry rendered by a real build of the site with it (the Qiaoxin
 * components, the site's theme and stylesheet), shown in a frame once the build is done.
 */
class Preview extends React.Component {
  constructor(props) {
    super(props);
    this.state = { url: undefined, problems: [], busy: true };
  }
  componentDidMount() {
    this.schedule();
  }
  componentDidUpdate(previous) {
    if (previous.entry !== this.props.entry) this.schedule();
  }
  componentWillUnmount() {
    clearTimeout(this.timer);
    this.unmounted = true;
  }
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.request(), 800);
  }
  /**
   * One preview build at a time: each is a whole build of the site, and on a slow computer the
   * pauses in typing came faster than builds finished, so they piled up and all slowed down.
   * A change made meanwhile is previewed once the build in flight is done, with the entry as it
   * is then.
   */
  async request() {
    if (this.inFlight) {
      this.again = true;
      this.setState({ queued: true });
      return;
    }
    this.inFlight = true;
    this.setState({ busy: true, queued: false });
    const entry = this.props.entry;
    const result = await post('/_admin/api/preview', await entryRequest(entry)).catch(() => ({
      problems: [],
    }));
    this.inFlight = false;
    if (this.unmounted) return;
    this.setState({ busy: false, url: result.url, problems: result.problems ?? [] });
    if (this.again) {
      this.again = false;
      void this.request();
    }
  }
  render() {
    const { url, problems, busy, queued } = this.state;
    const note = { font: '14px sans-serif', color: '#555' };
    return h(
      'div',
      { 'data-qx-preview': busy ? 'busy' : 'ready', 'data-qx-preview-queued': queued || undefined },
      busy && h('p', { style: note }, words.preview),
      queued && h('p', { style: note }, words.queued),
      problems.length > 0 &&
        h(
          'ul',
          { style: { color: '#b00020', font: '14px sans-serif' } },
          problems.map((p, i) => h('li', { key: i }, p.message)),
        ),
      url &&
        h('iframe', {
          src: url,
          title: 'preview',
          style: { width: '100%', height: '90vh', border: 0 },
        }),
    );
  }
}

/** The bar of the editor's own actions: build and preview, theme, the other language. */
function toolbar() {
  const bar = document.createElement('div');
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Qiaoxin');
  bar.style.cssText =
    'position:fixed;right:16px;bottom:16px;z-index:1000;display:flex;gap:8px;align-items:center;font:14px sans-serif';
  const link = (text, href) => {
    const a = document.createElement('a');
    a.textContent = text;
    a.href = href;
    a.style.cssText =
      'background:#fff;border:1px solid #888;border-radius:4px;padding:6px 10px;color:#123;text-decoration:none';
    return a;
  };
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.build;
  button.id = 'qx-build';
  button.style.cssText =
    'background:#00606b;color:#fff;border:0;border-radius:4px;padding:7px 12px;font:inherit;cursor:pointer';
  const report = document.createElement('div');
  report.id = 'qx-build-report';
  report.setAttribute('role', 'status');
  report.style.cssText =
    'position:fixed;right:16px;bottom:60px;max-width:560px;background:#fff;border:1px solid #b00020;padding:8px 12px;display:none;z-index:1000;font:14px sans-serif';
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = words.building;
    const opened = window.open('about:blank', '_blank');
    const result = await post('/_admin/api/build', {}).catch((error) => ({
      problems: [{ file: '', message: String(error) }],
    }));
    button.disabled = false;
    button.textContent = words.build;
    report.replaceChildren();
    if (result.url) {
      report.style.display = 'none';
      if (opened) opened.location.href = result.url;
      return;
    }
    opened?.close();
    const heading = document.createElement('p');
    heading.textContent = words.problems;
    const list = document.createElement('ul');
    for (const p of result.problems ?? []) {
      const item = document.createElement('li');
      item.textContent = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
      list.append(item);
    }
    report.append(heading, list);
    report.style.display = 'block';
  });
  bar.append(
    button,
    link(words.theme, lang === 'en' ? '/theme/?lang=en' : '/theme/'),
    link(words.other, `/_admin/?lang=${lang === 'en' ? 'zh' : 'en'}`),
  );
  document.body.append(bar, report);
}

const config = await (await fetch(`/_admin/config.json?lang=${lang}`)).json();
CMS.registerLocale('zh_Hans', zhHans);
CMS.registerLocale('zh_Hant', zhHant);
registerCheckedWidgets(CMS, validation, words);
CMS.registerPreviewTemplate('articles', Preview);
CMS.registerPreviewTemplate('about', Preview);
CMS.init({ config });
toolbar();
