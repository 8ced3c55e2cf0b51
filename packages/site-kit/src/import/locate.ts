/**
 * Where a link of a saved page leads: to another saved page, to a saved file (a picture, an
 * attachment), or out of the folder. A mirror (`wget --mirror`) keeps the old site's layout, so
 * a relative link resolves inside the folder as it did on the site; a site-absolute link
 * (`/uploads/a.jpg`) resolves from the folder's top. A page that names its own address
 * (a canonical link, site-kit's Url tag) also tells where the old site's top was, so its
 * absolute links to that site resolve inside the folder too.
 */
import { basename, posix } from 'node:path';

/** The made-up address of the folder's top, under which relative links are resolved. */
const folderRoot = 'http://saved-pages.invalid/';

export class Locator {
  /** Addresses of the old site's top, each standing for the folder's top. */
  private readonly roots = new Set<string>([folderRoot]);
  private readonly bases = new Map<string, URL>();

  /** `folder`: the folder given; its name may be the old site's host, as wget names it. */
  constructor(folder: string) {
    const host = basename(folder);
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host)) {
      this.roots.add(`http://${host.toLowerCase()}/`);
      this.roots.add(`https://${host.toLowerCase()}/`);
    }
  }

  /** A page (path relative to the folder, `/`-separated) and the address it says is its own. */
  addPage(file: string, canonical: string | undefined): void {
    const own = canonical && this.rootOf(file, canonical);
    if (own) this.roots.add(own);
    this.bases.set(file, new URL(own ? canonical : this.addressOf(file)));
  }

  /** The old site's top address, when some page told it. */
  get oldSite(): string | undefined {
    return (
      [...this.roots].find((r) => r !== folderRoot && !r.startsWith('http://')) ??
      [...this.roots].find((r) => r !== folderRoot)
    );
  }

  /** What `href`, written in `file`, leads to. */
  resolve(file: string, href: string): Target {
    const base = this.bases.get(file) ?? new URL(this.addressOf(file));
    let url: URL;
    try {
      url = new URL(href.trim(), base);
    } catch {
      return { kind: 'unsafe' };
    }
    if (!/^(https?|mailto|tel):$/.test(url.protocol)) return { kind: 'unsafe' };
    for (const root of this.roots) {
      if (!url.href.startsWith(root)) continue;
      let path: string;
      try {
        path = decodeURIComponent(url.pathname.slice(new URL(root).pathname.length));
      } catch {
        return { kind: 'unsafe' };
      }
      path = posix.normalize(path);
      if (path.startsWith('..')) return { kind: 'unsafe' };
      const local =
        path === '.' || path.endsWith('/') ? `${path === '.' ? '' : path}index.html` : path;
      const web = this.oldSite && root !== folderRoot ? url.href : this.oldAddress(local);
      return { kind: 'local', path: local, ...(web && { web }), hash: url.hash };
    }
    return { kind: 'web', href: url.href };
  }

  /** A file's address on the old site, when the site's address is known. */
  private oldAddress(local: string): string | undefined {
    const site = this.oldSite;
    return site
      ? new URL(local.split('/').map(encodeURIComponent).join('/'), site).href
      : undefined;
  }

  private addressOf(file: string): string {
    return new URL(file.split('/').map(encodeURIComponent).join('/'), folderRoot).href;
  }

  /** The top of the old site, if `canonical` ends with the page's own path in the folder. */
  private rootOf(file: string, canonical: string): string | undefined {
    const own = file.replace(/(^|\/)index\.html?$/, '$1');
    const url = new URL(canonical);
    const path = decodeURIComponent(url.pathname);
    if (!path.endsWith(own)) return undefined;
    url.pathname = path.slice(0, path.length - own.length);
    url.search = '';
    url.hash = '';
    return url.href.endsWith('/') ? url.href : undefined;
  }
}

export type Target =
  /** A file inside the folder (it may not exist); `web`: its old address, when known. */
  | { kind: 'local'; path: string; web?: string; hash: string }
  /** An address elsewhere, kept as written (resolved). */
  | { kind: 'web'; href: string }
  /** javascript:, data:, file: or a malformed address: never written into an article. */
  | { kind: 'unsafe' };
