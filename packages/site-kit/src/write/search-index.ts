import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { Locale } from '@qiaoxin/i18n';
import { within } from './output.js';

/** A page for the search index: where readers find it, and its finished HTML. */
export interface SearchablePage {
  url: string;
  /** Read only when the page's part of the index is written again. */
  html: string | (() => Promise<string>);
  locale: Locale;
  /** An article's year. */
  year?: number;
  /** The page's build-cache key: changes whenever the page does. */
  key: string;
}

/**
 * Writes the site's Pagefind index into `<out>/pagefind/`: static files, one index per page
 * language (Pagefind reads `<html lang>`), Chinese split into words at build time. Pages are
 * added with their site-absolute URLs, so results link correctly under any base path.
 */
export async function writeSearchIndex(
  pages: SearchablePage[],
  out: string,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the split index reuses its parts
  previous?: string,
): Promise<void> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`the search index could not be created: ${errors.join('; ')}`);
    for (const { url, html } of pages) {
      const content = typeof html === 'string' ? html : await html();
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length)
        throw new Error(`${url} could not be indexed: ${added.errors.join('; ')}`);
    }
    // Written by Node, not by Pagefind's writeFiles: its binary panics on a full disk and its
    // Node side then waits forever, while Node's own writes fail with ENOSPC and the path.
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(`the search index could not be made: ${failed.join('; ')}`);
    for (const file of files) {
      const path = within(join(out, 'pagefind'), file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
  } finally {
    // The index is built by a Pagefind process; stop it, or it would keep Node running.
    await close();
  }
}
