// Server-renders every story of every component (its args merged over the component's, through
// the story's own render function) with @lit-labs/ssr, as a portal build or a CMS template
// renders the elements: no attribute combination a designer can pick may crash server
// rendering or print undefined / NaN / Invalid Date. One case per story, so a new story is
// covered without a change here.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Play functions never run here, so the interaction helpers they import can be inert. */
const inertStorybookTest = {
  name: 'inert storybook/test',
  setup(b) {
    b.onResolve({ filter: /^storybook\/test$/ }, () => ({ path: 'test', namespace: 'inert' }));
    b.onLoad({ filter: /.*/, namespace: 'inert' }, () => ({
      contents: ['expect', 'waitFor', 'userEvent', 'within', 'fn', 'screen', 'fireEvent', 'spyOn']
        .map((name) => `export const ${name} = () => {};`)
        .join('\n'),
    }));
  },
};

async function storyFiles() {
  const folders = await readdir(src, { withFileTypes: true });
  const files = [];
  for (const folder of folders.filter((d) => d.isDirectory() && d.name !== 'pages')) {
    for (const name of await readdir(join(src, folder.name))) {
      if (name.endsWith('.stories.ts')) files.push(join(src, folder.name, name));
    }
  }
  return files.sort();
}

const files = await storyFiles();
// Inside the package, so the bundle resolves lit and @qiaoxin/* as the package does.
const out = await mkdtemp(fileURLToPath(new URL('./.ssr-stories-', import.meta.url)));
// One bundle for all story modules, so every element is defined once in this process.
await build({
  entryPoints: files,
  outdir: out,
  outbase: src,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'i18next', '@qiaoxin/*'],
  plugins: [inertStorybookTest],
  logLevel: 'error',
});

for (const file of files) {
  const name = file.slice(src.length);
  test(`server-renders every story of ${name}`, async (t) => {
    const module = await import(pathToFileURL(join(out, name.replace(/\.ts$/, '.js'))).href);
    const meta = module.default;
    const stories = Object.entries(module).filter(([key]) => key !== 'default');
    assert.ok(stories.length, 'the file has stories');
    for (const [story, spec] of stories) {
      const args = { ...meta.args, ...spec.args };
      const parameters = { ...meta.parameters, ...spec.parameters };
      const context = { args, parameters, globals: { locale: 'zh-CN' }, id: story, name: story };
      const renderStory = spec.render ?? meta.render;
      if (!renderStory) continue; // an element without a render function has no template
      let template;
      try {
        template = renderStory(args, context);
      } catch (error) {
        // The story's own set-up code (e.g. seeding localStorage) is browser-only; the elements
        // are what is checked here.
        t.diagnostic(`${story}: its render function needs a browser (${error.message})`);
        continue;
      }
      if (!template || typeof template !== 'object' || !('strings' in template)) continue;
      const markup = await collectResult(render(template)).catch((error) => {
        assert.fail(`${story}: ${error.stack ?? error}`);
      });
      const text = markup.replace(/<style>[\s\S]*?<\/style>|<[^>]+>/g, ' ');
      assert.doesNotMatch(text, /\b(undefined|NaN|Invalid Date)\b/, `${story} shows nonsense`);
    }
  });
}

after(() => rm(out, { recursive: true, force: true }));
