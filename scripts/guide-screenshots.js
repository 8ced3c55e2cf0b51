// The screenshots of the webmaster guide (docs/webmaster/images/editor-*.png), taken from the
// real editor: `qiaoxin-site admin` started on a temporary copy of sites/jinshan and driven in
// Chromium the way the guide tells a webmaster to, once with the Chinese interface (for
// guide.zh-CN.md) and once with the English one (for guide.en.md). Run after a build:
//   npm run docs:screenshots
// Nothing is written to sites/jinshan: the copy is removed at the end.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs } from './chromium.js';

const repo = fileURLToPath(new URL('../', import.meta.url));
const cli = join(repo, 'packages/site-kit/bin/qiaoxin-site.js');
const images = join(repo, 'docs/webmaster/images');
const failing = '#66c2cc'; // light teal: fails contrast, so the theme editor offers its fix

/** The interface words the script clicks, as Decap and our editor show them. */
const ui = {
  zh: { login: '登录', now: '现在', category: '侨联动态', title: '侨联开展“侨心暖万家”走访活动' },
  en: { login: 'Login', now: 'Now', category: 'Federation News', title: 'Visits to families' },
};

async function siteCopy() {
  const parent = await mkdtemp(join(tmpdir(), 'qx-guide-shots-'));
  const dir = join(parent, 'jinshan');
  await cp(join(repo, 'sites/jinshan'), dir, {
    recursive: true,
    filter: (src) => !/[/\\](dist|node_modules|\.turbo)$/.test(src),
  });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

/** `qiaoxin-site admin <dir>` as a real process; resolves with the address it prints. */
function startEditor(dir, lang) {
  const child = spawn(process.execPath, [cli, 'admin', dir, '--port', '0', '--lang', lang], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(output);
      if (match) resolve({ url: match[0], origin: new URL(match[0]).origin, child });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`admin exited with ${code}: ${output}`)));
  });
}

async function shoot(page, lang, name) {
  const file = join(images, `editor-${name}.${lang}.png`);
  await page.screenshot({ path: file });
  console.log(`${file}: ${Math.round((await stat(file)).size / 1024)} KB`);
}

async function run(browser, lang) {
  const words = ui[lang];
  const site = await siteCopy();
  const editor = await startEditor(site.dir, lang);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  // Leaving an unsaved entry asks "leave this page?": yes, the screenshots save nothing.
  page.on('dialog', (dialog) => dialog.accept());
  const idle = () =>
    page.waitForFunction(() => document.documentElement.dataset.qxValidation === 'idle');
  try {
    // 1. The address from the terminal: the login page.
    await page.goto(editor.url);
    const login = await page.waitForSelector(`::-p-text(${words.login})`);
    await shoot(page, lang, 'login');
    await login.click();
    await page.waitForSelector('::-p-text(Qiaoxin), [class*="Collection"]');

    // 2. A new article with its preview.
    await page.goto(`${editor.origin}/_admin/?lang=${lang}#/collections/articles/new`);
    const title = await page.waitForSelector('[data-qx-field="title"] input');
    await title.type(words.title);
    await (await page.waitForSelector('[data-qx-field="category"] [class*="control"]')).click();
    await (await page.waitForSelector(`::-p-text(${words.category})`)).click();
    await (
      await page.waitForSelector(`[data-qx-field="published"] ::-p-text(${words.now})`)
    ).click();
    const body = await page.waitForSelector('[data-qx-field="body"] [contenteditable="true"]');
    const previewed = page.waitForResponse((r) => r.url().endsWith('/_admin/api/preview'));
    await body.click();
    await page.keyboard.type(
      lang === 'en' ? 'The federation visited 30 families.' : '区侨联走访了 30 户归侨侨眷家庭。',
    );
    const { url } = await (await previewed).json();
    const frame = await page.waitForFrame((f) => f.url().endsWith(url));
    await frame.waitForSelector('body');
    await idle();
    // Typing scrolled the form down to the body: show the fields the guide names first.
    await page.$eval('[data-qx-field="title"]', (field) => {
      let box = field.parentElement;
      while (box && !(box.scrollTop > 0)) box = box.parentElement;
      if (box) box.scrollTop = 0;
    });
    await shoot(page, lang, 'article');

    // 3. A mistake shown beside its field: a link to a page that does not exist.
    await page.goto('about:blank');
    await page.goto(`${editor.origin}/_admin/?lang=${lang}#/collections/articles/new`);
    await (await page.waitForSelector('[data-qx-field="title"] input')).type(words.title);
    await (await page.waitForSelector('[data-qx-field="category"] [class*="control"]')).click();
    await (await page.waitForSelector(`::-p-text(${words.category})`)).click();
    await (
      await page.waitForSelector(`[data-qx-field="published"] ::-p-text(${words.now})`)
    ).click();
    await (await page.waitForSelector('[data-qx-field="body"] [role="switch"]')).click();
    await page.waitForSelector('[data-qx-field="body"] [role="switch"][aria-checked="true"]');
    const source = await page.waitForSelector(
      '[data-qx-field="body"] [contenteditable="true"], [data-qx-field="body"] textarea',
    );
    await source.click();
    await page.keyboard.type(
      lang === 'en' ? 'See [the page](/no-such-page/)' : '见[通知](/no-such-page/)',
    );
    await idle();
    await page.waitForSelector('[data-qx-error="body"]');
    await page.$eval('[data-qx-field="body"]', (e) => e.scrollIntoView({ block: 'center' }));
    await shoot(page, lang, 'error');

    // 4. The theme editor: a colour that fails, and the offered fix.
    await page.goto('about:blank');
    await page.goto(`${editor.origin}/theme/?lang=${lang}`);
    await page.waitForSelector('body[data-ready] #preview-home[data-painted]', { timeout: 30_000 });
    await page.click('#primary-text', { clickCount: 3 });
    await page.keyboard.type(failing);
    await page.waitForSelector('#contrast-status[data-pass="false"]');
    await page.waitForSelector('#primary-problem button.fix');
    // The primary colour's field near the top, its messages and the fix button under it.
    await page.$eval('#primary-text', (e) =>
      window.scrollBy(0, e.getBoundingClientRect().top - 110),
    );
    await shoot(page, lang, 'theme');

    // 5. 构建并预览 with a mistake in a file: the list of what to change.
    await writeFile(
      join(site.dir, 'content/articles/visit-draft.md'),
      `---\ntitle: ${words.title}\npublished: '2026-02-30'\ncategory: qldt\n---\n…\n`,
    );
    await page.goto('about:blank');
    await page.goto(`${editor.origin}/_admin/?lang=${lang}#/collections/articles`);
    await (await page.waitForSelector('#qx-build')).click();
    await page.waitForSelector('#qx-build-report', { visible: true, timeout: 60_000 });
    for (const other of await browser.pages()) if (other !== page) await other.close();
    await shoot(page, lang, 'build');
  } finally {
    await page.close();
    editor.child.kill();
    await site.remove();
  }
}

await mkdir(images, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: chromePath,
  args: chromiumArgs,
});
try {
  for (const lang of process.argv.slice(2).length ? process.argv.slice(2) : ['zh', 'en'])
    await run(browser, lang);
} finally {
  await browser.close();
}
