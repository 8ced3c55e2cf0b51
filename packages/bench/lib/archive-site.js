// The synthetic archive for bench:archive: N articles made from the two seed articles in the
// repository (sites/jinshan and sites/chongqing), written as a Qiaoxin site folder (a copy of
// sites/jinshan: three editions, search) and as a minimal Hugo site holding the same Markdown.
// Everything is drawn from a seeded generator, so two runs with the same count write the same
// files and their timings compare.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, well-known seeded generator; Math.random cannot be seeded. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed articles' sentences and headings (front matter, images and blank lines dropped). */
export function readSeeds(root) {
  const sentences = [];
  const headings = [];
  for (const site of ['jinshan', 'chongqing']) {
    const text = readFileSync(
      join(root, 'sites', site, 'content/articles/five-year-review.md'),
      'utf8',
    );
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const line of body.split('\n').map((l) => l.trim())) {
      if (!line || line.startsWith('![')) continue;
      if (line.startsWith('#')) headings.push(line.replace(/^#+\s*/, ''));
      // Sentences keep their full stop; a line without one (a short heading-like line) is one.
      else sentences.push(...(line.match(/[^。！？]+[。！？]?/g) ?? []));
    }
  }
  return { sentences: sentences.filter((s) => s.length > 4), headings };
}

const actors = [
  '区侨联',
  '市侨联',
  '街道侨联',
  '镇侨联',
  '侨联青年委员会',
  '新侨人才联谊会',
  '归侨侨眷联谊会',
  '侨界妇女联谊会',
  '海外联谊部',
  '侨法宣传站',
];
const actions = ['召开', '举办', '开展', '组织', '承办', '参加', '启动', '推进'];
const events = [
  '理事会全体会议',
  '“侨心向党”主题宣讲活动',
  '归侨侨眷新春座谈会',
  '海外侨胞恳谈会',
  '侨界专家义诊活动',
  '为侨服务“暖心工程”推进会',
  '侨法宣传月活动',
  '侨史展陈开馆仪式',
  '侨界青年创新创业沙龙',
  '“亲情中华”夏令营',
  '侨务工作专题培训班',
  '困难归侨侨眷走访慰问',
  '侨资企业发展调研',
  '华文教育交流活动',
  '侨界文艺汇演',
];
const reviewPrefixes = ['年度工作综述', '上半年工作回顾', '年度工作总结', '专项工作综述'];

/** A date in the ten years before `end` (`YYYY-MM-DD`), a time of day for some. */
function dateOf(random, index, count) {
  // Spread evenly over ~10 years, with jitter, so every year and section has articles.
  const end = Date.UTC(2025, 11, 31);
  const span = 10 * 365 * 86400000;
  const at = end - span + ((index + random()) / count) * span;
  return new Date(at).toISOString().slice(0, 10);
}

/** One article: front matter as site-kit reads it, and a 1–3 KB Chinese body. */
export function articleOf(seeds, random, index, count) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const published = dateOf(random, index, count);
  const year = published.slice(0, 4);
  const review = random() < 0.3;
  const category = review ? 'gzzs' : 'qldt';
  const title = review
    ? `${year}${pick(reviewPrefixes)}：${pick(seeds.headings)}`
    : `${pick(actors)}${pick(actions)}${year}年${pick(events)}`;
  // Bytes of UTF-8 (3 per Chinese character); sentences are added until the target is reached,
  // so a body ends within one sentence of it (1–3 KB).
  const target = 1000 + Math.floor(random() * 1800);
  const paragraphs = [];
  let bytes = 0;
  let at = Math.floor(random() * seeds.sentences.length);
  while (bytes < target) {
    if (paragraphs.length && random() < 0.15) paragraphs.push(`## ${pick(seeds.headings)}`);
    const n = 2 + Math.floor(random() * 3);
    let paragraph = '';
    for (let i = 0; i < n && bytes < target; i++, at = (at + 1) % seeds.sentences.length) {
      paragraph += seeds.sentences[at];
      bytes += Buffer.byteLength(seeds.sentences[at]);
    }
    paragraphs.push(paragraph);
    if (random() < 0.3) at = Math.floor(random() * seeds.sentences.length);
  }
  const slug = `${review ? 'review' : 'news'}-${String(index + 1).padStart(5, '0')}`;
  const front = [
    '---',
    `title: '${title}'`,
    `published: '${published}'`,
    `category: ${category}`,
    ...(random() < 0.5 ? ['author: 本站编辑', 'source: 本站原创'] : []),
    '---',
  ];
  return {
    slug,
    category,
    published,
    markdown: `${front.join('\n')}\n\n${paragraphs.join('\n\n')}\n`,
  };
}

/** `count` articles, the same ones for the same count. */
export function articlesOf(root, count) {
  const seeds = readSeeds(root);
  const random = seeded(20261205);
  return Array.from({ length: count }, (_, i) => articleOf(seeds, random, i, count));
}

/**
 * A copy of sites/jinshan in `parent/<id>` holding `articles` instead of its own article, with
 * `id` and `basePath` (and siteUrl) set to the folder name, as the build requires.
 */
export function writeQiaoxinSite(root, parent, id, articles) {
  const dir = join(parent, id);
  cpSync(join(root, 'sites/jinshan'), dir, {
    recursive: true,
    filter: (src) => !/[\\/](dist|node_modules|\.turbo)$/.test(src),
  });
  const configFile = join(dir, 'site.config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  if (!config.traditional) throw new Error('sites/jinshan no longer has a traditional edition');
  Object.assign(config, {
    id,
    basePath: `/${id}/`,
    siteUrl: `https://www.example.org/${id}/`,
  });
  delete config.$schema; // relative to sites/, not to the temporary folder
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  const folder = join(dir, 'content/articles');
  for (const entry of readdirSync(folder)) rmSync(join(folder, entry), { recursive: true });
  for (const a of articles) writeFileSync(join(folder, `${a.slug}.md`), a.markdown);
  return { dir, config };
}

const hugoTemplates = {
  'layouts/_default/baseof.html': `<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title></head>
<body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  'layouts/_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>{{ with .Params.author }} {{ . }}{{ end }}</p>
{{ .Content }}</article>{{ end }}
`,
  'layouts/_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
{{ with .Paginator }}{{ if .HasPrev }}<a href="{{ .Prev.URL }}">上一页</a>{{ end }} {{ .PageNumber }}/{{ .TotalPages }} {{ if .HasNext }}<a href="{{ .Next.URL }}">下一页</a>{{ end }}{{ end }}{{ end }}
`,
};

/**
 * A minimal Hugo site (no theme; baseof/single/list templates) with the same Markdown, one
 * section per category, lists paginated by 10 like site-kit's. One language: Hugo's figure is
 * a per-page reference, not a like-for-like portal.
 */
export function writeHugoSite(dir, config, articles) {
  const files = {
    'hugo.toml': `baseURL = "${config.siteUrl}"
title = "${config.name.zh}"
languageCode = "zh-CN"
hasCJKLanguage = true
paginate = 10
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
`,
    ...hugoTemplates,
  };
  for (const c of config.categories)
    files[`content/${c.id}/_index.md`] = `---\ntitle: ${c.zh}\n---\n`;
  for (const a of articles) files[`content/${a.category}/${a.slug}.md`] = a.markdown;
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}
