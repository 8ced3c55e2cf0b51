// What the built portals hold on disk, without a server or a browser: their pages as URL paths
// (to name and drive the page tests), their site folders and configs, and their traditional
// Chinese as OpenCC writes it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { builtSites } from '../../../scripts/serve-portals.js';

/**
 * Every page a portal's dist holds, as URL paths under the site's base path: each index.html
 * (every edition) and the 404 pages, found on disk so a new page is tested without edits.
 */
export function pagesOf(site) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html' || entry.name === '404.html') files.push(path);
    }
  };
  walk(site.dist);
  return files
    .map((file) => {
      const rel = relative(site.dist, file).split(sep).join('/');
      const notFound = rel.endsWith('404.html');
      return {
        site: site.id,
        en: rel.startsWith('en/'),
        /** The page's `<html lang>`: each edition lives in its own folder. */
        lang: rel.startsWith('en/') ? 'en' : rel.startsWith('zh-hant/') ? 'zh-Hant' : 'zh-CN',
        notFound,
        // The 404 pages are what an unknown path gets; their own URL is the honest one to load.
        path: site.basePath + (notFound ? rel : rel.replace(/index\.html$/, '')),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every page of every built portal, known before the server starts (to name the tests). */
export const allPages = () => builtSites().flatMap(pagesOf);

/** A built site's own folder (its dist/ is inside). */
export const siteDir = (s) => join(s.dist, '..');

/** A built site's site.config.json. */
export const configOf = (s) =>
  JSON.parse(readFileSync(join(siteDir(s), 'site.config.json'), 'utf8'));

/** Simplified Chinese as the site's traditional edition writes it (OpenCC, the site's variant). */
export const traditionalOf = (s) => Converter({ from: 'cn', to: configOf(s).traditional });
