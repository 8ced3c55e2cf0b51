/**
 * What a build makes from site-kit's code alone, whatever the output: the client bundle (Vite)
 * and the sanitised SVGs (DOMPurify on jsdom, whose import alone costs about a second of CPU).
 * A rebuild of the same output already takes both from its manifest (build-cache.ts); this
 * keeps them beside the parse cache, in `node_modules/.cache/qiaoxin-site/` of the site's
 * package (or `CACHE_DIR`), so that a build into a new output (a first `npm start` after
 * `git clean`, a CI job, a preview folder) does not make them again either. Measured on the
 * Jinshan portal, a build into a new output: 4.9 s of CPU without this cache, 3.5 s with it
 * (medians of 8), and a peak of 204 MiB instead of 326.
 *
 * Like the parse cache, whose rendered Markdown is trusted the same way, it lives in the site's
 * own package, never in a folder other users can write. It is only a shortcut: a missing,
 * damaged or other code's file means making them again, and a file that cannot be written is
 * left alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheFolderOf, writeCacheFile } from '../site/cache-file.js';
import { sanitisedSvgs } from '../site/media.js';
import { bundledClients, type BundledClient } from './client.js';

/** Changed whenever what the file holds changes. */
const format = 1;

interface Stored {
  format: number;
  code: string;
  /** Sanitised SVGs by the digest of their bytes, as `sanitisedSvgs` keeps them. */
  svgs: Record<string, string>;
  /** Client bundles by base path, as `bundledClients` keeps them. */
  clients: Record<string, BundledClient>;
}

export interface SharedCache {
  /** Writes what this process has made that the file lacks; never fails. */
  save(): Promise<void>;
}

/**
 * Opens the cache of the site in `siteDir` for `code` (build-cache.ts `codeKey`) and primes
 * this process with what it holds, so that loading the site (which sanitises SVGs) and
 * bundling the client take it from there.
 */
export async function openSharedCache(siteDir: string, code: string): Promise<SharedCache> {
  const folder = cacheFolderOf(siteDir);
  const file = folder && join(folder, 'shared.v8');
  const earlier = (file && (await readStored(file, code))) || undefined;
  if (earlier) {
    sanitisedSvgs.prime(earlier.svgs);
    bundledClients.prime(earlier.clients);
  }
  return {
    async save() {
      if (!file) return;
      // Only what this process made itself: what it took from a previous output's manifest
      // stays there.
      const svgs = sanitisedSvgs.made();
      const clients = bundledClients.made(code);
      // Written again only for something the file lacks (a dev server's later rebuilds make
      // nothing new).
      const svgNew = Object.entries(svgs).some(([key, value]) => earlier?.svgs[key] !== value);
      const clientNew = Object.entries(clients).some(
        ([base, client]) => earlier?.clients[base]?.files.join() !== client.files.join(),
      );
      if (!svgNew && !clientNew) return;
      await writeCacheFile(file, () =>
        serialize({
          format,
          code,
          svgs: { ...earlier?.svgs, ...svgs },
          clients: { ...earlier?.clients, ...clients },
        } satisfies Stored),
      );
    },
  };
}

async function readStored(file: string, code: string): Promise<Stored | undefined> {
  try {
    const stored = deserialize(await readFile(file)) as Partial<Stored> | null;
    if (stored?.format !== format || stored.code !== code) return undefined;
    const isObject = (value: unknown) => typeof value === 'object' && value !== null;
    return isObject(stored.svgs) && isObject(stored.clients) ? (stored as Stored) : undefined;
  } catch {
    return undefined; // missing or damaged: made again, and written anew
  }
}
