// Benchmark: Qiaoxin's <qx-breadcrumbs> against Shoelace's <sl-breadcrumb> in Chromium.
// 1. Weight: min+gzip of a bundle holding the breadcrumbs and everything it pulls in.
// 2. Speed: time to create and render 300 trails (首页 > 理论学习 > 正文), including style
//    and layout, on a fresh page each run; the median of several runs is reported.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs } from '../../scripts/chromium.js';
import { median } from './lib/figures.js';

const trails = 300;
const runs = Number(process.env.BENCH_RUNS ?? 15);

const libraries = {
  qiaoxin: {
    entry: `import '@qiaoxin/components/breadcrumbs.js';`,
    trail: `<qx-breadcrumbs>
      <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
      <qx-breadcrumb-item href="/llxx/">理论学习</qx-breadcrumb-item>
      <qx-breadcrumb-item>正文</qx-breadcrumb-item></qx-breadcrumbs>`,
  },
  shoelace: {
    entry: `import '@shoelace-style/shoelace/dist/components/breadcrumb/breadcrumb.js';
      import '@shoelace-style/shoelace/dist/components/breadcrumb-item/breadcrumb-item.js';`,
    trail: `<sl-breadcrumb>
      <sl-breadcrumb-item href="/">首页</sl-breadcrumb-item>
      <sl-breadcrumb-item href="/llxx/">理论学习</sl-breadcrumb-item>
      <sl-breadcrumb-item>正文</sl-breadcrumb-item></sl-breadcrumb>`,
  },
};

/** Bundles an entry the way a site would ship it: minified, all dependencies included. */
async function bundle(entry, external = []) {
  const result = await build({
    external,
    stdin: { contents: entry, resolveDir: import.meta.dirname },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { code, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Runs in the page: renders the trails, waits for every element to finish, forces layout. */
const renderTrails = async ({ trail, count }) => {
  const start = performance.now();
  const host = document.createElement('div');
  host.innerHTML = trail.repeat(count);
  document.body.append(host);
  await Promise.all([...host.querySelectorAll('*')].map((el) => el.updateComplete));
  void document.body.offsetHeight;
  return performance.now() - start;
};

const bundles = {};
for (const [name, { entry }] of Object.entries(libraries)) bundles[name] = await bundle(entry);
// i18next is the one dependency Shoelace has no counterpart for (it uses a tiny localiser),
// and a portal loads it once for every component, so show the weight without it as well.
const withoutI18next = (await bundle(libraries.qiaoxin.entry, ['i18next'])).gzipped;

const server = createServer((request, response) => {
  const name = request.url?.slice(1).replace(/\.js$/, '') ?? '';
  if (request.url?.endsWith('.js') && bundles[name]) {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundles[name].code);
  } else {
    const script = name in bundles ? `<script type="module" src="/${name}.js"></script>` : '';
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8">${script}<body></body></html>`);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: chromiumArgs,
});

const timings = { qiaoxin: [], shoelace: [] };
try {
  // Alternate the libraries so neither always runs on a warmer machine; run 0 is a warm-up.
  for (let run = 0; run <= runs; run++) {
    for (const name of run % 2 ? ['shoelace', 'qiaoxin'] : ['qiaoxin', 'shoelace']) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${name}`, { waitUntil: 'load' });
      const tag = name === 'qiaoxin' ? 'qx-breadcrumbs' : 'sl-breadcrumb';
      await page.waitForFunction((t) => customElements.get(t), {}, tag);
      const ms = await page.evaluate(renderTrails, { trail: libraries[name].trail, count: trails });
      const rendered = await page.evaluate((t) => document.querySelectorAll(t).length, tag);
      if (rendered !== trails) throw new Error(`${name}: rendered ${rendered} of ${trails} trails`);
      if (run > 0) timings[name].push(ms);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const row = (label, qx, sl, ratio) =>
  console.log(label.padEnd(34), qx.padStart(12), sl.padStart(12), ratio.padStart(10));
const [qxMs, slMs] = [median(timings.qiaoxin), median(timings.shoelace)];
const [qxKb, slKb] = [bundles.qiaoxin.gzipped, bundles.shoelace.gzipped];
console.log(`Breadcrumbs: Qiaoxin vs Shoelace ${runs} runs, median, Chromium headless\n`);
row('', 'qiaoxin', 'shoelace', 'qx / sl');
row(`render ${trails} trails (ms)`, qxMs.toFixed(1), slMs.toFixed(1), (qxMs / slMs).toFixed(2));
row('weight, min+gzip with all deps', kb(qxKb), kb(slKb), (qxKb / slKb).toFixed(2));
row(
  '  … the same without i18next',
  kb(withoutI18next),
  kb(slKb),
  (withoutI18next / slKb).toFixed(2),
);
console.log(`\nSpeed: Qiaoxin renders ${(slMs / qxMs).toFixed(2)}× as fast as Shoelace.`);
console.log(
  `Weight: ${(qxKb / slKb).toFixed(2)}× Shoelace's with i18next, ${(withoutI18next / slKb).toFixed(2)}× without it.`,
);
