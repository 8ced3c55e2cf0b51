// The throw-away consumer projects the tests use, installed from the packed tarballs, and what
// the tests read from their bundles.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { after, before } from 'node:test';
import { join } from 'node:path';
import {
  launchBrowser,
  packAll,
  project,
  reactBuilt,
  readmeFiles,
  workspaceVersion,
  writeFiles,
} from './consumers.js';

/**
 * Packs the published packages into `work`/packs and installs them into one project a way of
 * consuming them (html, vite, vue, jsx, ssr and, once @qiaoxin/react is built, react), at once.
 * Resolves to the projects' folders by name. `names`: only these projects (a test file that
 * needs one installs only that one).
 */
export async function installProjects(work, names) {
  const tarballs = await packAll(join(work, 'packs'));
  const web = ['@qiaoxin/tokens', '@qiaoxin/i18n', '@qiaoxin/components'].map((n) => tarballs[n]);
  const typescript = workspaceVersion('typescript', '~5.9.3');
  const esbuild = workspaceVersion('esbuild', '^0.27.0');
  const installs = {
    html: () => project(join(work, 'html'), 'html', web),
    vite: () =>
      project(join(work, 'vite'), 'vite-app', web, [
        workspaceVersion('vite', '^8.3.8'),
        typescript,
      ]),
    // The README's Vue section, written into the project as it stands.
    vue: () =>
      project(join(work, 'vue'), 'vue-app', web, [
        workspaceVersion('vue', '^3.5.0'),
        workspaceVersion('vue-tsc', '^3.3.0'),
        workspaceVersion('@vitejs/plugin-vue', '^6.1.0'),
        workspaceVersion('vite', '^8.3.8'),
        typescript,
      ]).then(async (dir) => {
        await writeFiles(dir, await readmeFiles('Vue'));
        return dir;
      }),
    // The README's Preact and Solid sections, type-checked against the real packages.
    jsx: () =>
      project(join(work, 'jsx'), 'jsx-app', web, [
        workspaceVersion('preact', '^11.2.0'),
        workspaceVersion('solid-js', '^1.9.0'),
        typescript,
      ]).then(async (dir) => {
        await writeFiles(dir, {
          ...(await readmeFiles('Preact')),
          ...(await readmeFiles('Solid')),
        });
        return dir;
      }),
    ssr: () =>
      project(
        join(work, 'ssr'),
        'ssr-app',
        [...web, tarballs['@qiaoxin/site-kit']],
        [
          workspaceVersion('lit', '^3.3.0'),
          workspaceVersion('@lit-labs/ssr', '^4.1.0'),
          workspaceVersion('@lit-labs/ssr-client', '^1.1.8'),
          esbuild,
        ],
      ),
  };
  if (reactBuilt) {
    installs.react = () =>
      project(
        join(work, 'react'),
        'react-app',
        [...web, tarballs['@qiaoxin/react']],
        [
          workspaceVersion('react', '^19.0.0'),
          workspaceVersion('react-dom', '^19.0.0'),
          workspaceVersion('@types/react', '^19.0.0'),
          workspaceVersion('@types/react-dom', '^19.0.0'),
          typescript,
          esbuild,
        ],
      );
  } else {
    console.log('skipped: @qiaoxin/react not built');
  }
  const wanted = Object.keys(installs).filter((name) => !names || names.includes(name));
  const dirs = await Promise.all(wanted.map((name) => installs[name]()));
  return Object.fromEntries(wanted.map((name, i) => [name, dirs[i]]));
}

/**
 * The tags of the package's elements other than the breadcrumbs that `bundle` defines (it must
 * define both breadcrumbs tags), read from the installed custom-elements.json.
 */
export async function otherElements(bundle, dir) {
  const manifest = JSON.parse(
    await readFile(join(dir, 'node_modules/@qiaoxin/components/custom-elements.json'), 'utf8'),
  );
  const tags = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
  );
  // As a string literal: esbuild writes "qx-figure", Vite's minifier `qx-figure`.
  const defined = (tag) => ['"', "'", '`'].some((q) => bundle.includes(`${q}${tag}${q}`));
  const used = ['qx-breadcrumbs', 'qx-breadcrumb-item'];
  for (const tag of used) assert.ok(defined(tag), `${tag} is in the bundle`);
  return tags.filter((tag) => !used.includes(tag) && defined(tag));
}

/**
 * For a test file: hooks that install the projects `names` (installProjects) in a throw-away
 * folder and launch Chromium before its tests, and remove both after them. `projects` is
 * filled in, and `chromium()` answers, once the hook has run.
 */
export function useProjects(names) {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const projects = {};
  let work, browser;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'qiaoxin-consumers-'));
    const [launched, installed] = await Promise.all([
      launchBrowser(),
      installProjects(work, names),
    ]);
    browser = launched;
    Object.assign(projects, installed);
    console.log(`${names.join(', ')}: packed and installed in ${seconds()} s`);
  });
  after(async () => {
    await browser?.close();
    if (work) await rm(work, { recursive: true, force: true });
    console.log(`${names.join(', ')}: ${seconds()} s in all`);
  });
  return { projects, chromium: () => browser };
}
