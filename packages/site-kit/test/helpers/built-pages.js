// Shared by the whole-site checks (not a test itself): every HTML page of a built site, with its
// edition and its kind of page, read from where the build wrote it.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const editionOf = (file) =>
  file.startsWith('en/') ? 'en' : file.startsWith('zh-hant/') ? 'zh-Hant' : 'zh-CN';

/** What kind of page `file` (relative to dist, edition folder removed) is. */
function kindOf(file) {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const path = file.replace(/index\.html$/, '');
  const named = { 'search/': 'search', 'sitemap/': 'site map', 'accessibility/': 'statement' };
  if (named[path]) return named[path];
  if (path === 'about/') return 'about';
  // A section's yearly archive is /x/2023/ (and /x/2023/page/2/).
  if (/^[^/]+\/\d{4}\/(page\/\d+\/)?$/.test(path)) return 'yearly archive';
  // A section's first page is /x/, its later ones /x/page/2/; an article is /x/slug/.
  return /^[^/]+\/(page\/\d+\/)?$/.test(path) ? 'section' : 'article';
}

/** Every page of a built site (Pagefind's own files aside): file, absolute path, edition, kind. */
export async function pagesOf(dist) {
  const all = await readdir(dist, { recursive: true });
  return all
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort()
    .map((file) => {
      const edition = editionOf(file);
      const inEdition = file.replace(/^(en|zh-hant)\//, '');
      return { file, path: join(dist, file), edition, kind: kindOf(inEdition) };
    });
}
