// Serves every built portal under its base path, the Storybook build under /storybook/, and an
// index page linking them: what `npm start` shows, and what the portal tests browse.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeAttr, escapeText } from '@qiaoxin/site-kit';
import { mountOf, serveStatic } from '@qiaoxin/site-kit/serve';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every site folder with a built portal: id, names, base path, output folder. */
export function builtSites() {
  return readdirSync(join(root, 'sites'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'sites', d.name, 'site.config.json')))
    .map((d) => {
      const dir = join(root, 'sites', d.name);
      const config = JSON.parse(readFileSync(join(dir, 'site.config.json'), 'utf8'));
      return { id: d.name, name: config.name, basePath: config.basePath, dist: join(dir, 'dist') };
    })
    .filter((s) => existsSync(join(s.dist, 'index.html')));
}

function indexPage(sites, storybook) {
  const items = sites.map(
    (s) =>
      `<li><a href="${escapeAttr(s.basePath)}"><span lang="zh-CN">${escapeText(s.name.zh)}</span><br><span lang="en">${escapeText(s.name.en)}</span></a></li>`,
  );
  if (storybook)
    items.push('<li><a href="/storybook/" lang="en">Storybook: every component and state</a></li>');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The district portals built with the Qiaoxin design system.">
<title>Qiaoxin (侨心) portals</title>
<style>body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}li{margin:1rem 0}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>Qiaoxin <span lang="zh-CN">侨心</span> portals</h1>
<ul>${items.join('')}</ul>
</main>
</body>
</html>
`;
}

/** Starts the server; resolves with it and its origin once it listens. */
export async function startPortals({ port = 4173, host = '127.0.0.1' } = {}) {
  const sites = builtSites();
  const storybook = join(root, 'storybook-static');
  const hasStorybook = existsSync(join(storybook, 'index.html'));
  const mounts = sites.map((s) => mountOf(s.basePath, s.dist));
  if (hasStorybook) mounts.push(mountOf('/storybook/', storybook));
  const robots = `User-agent: *\nAllow: /\n\n${sites
    .map((s) => `Sitemap: http://${host}:${port}${s.basePath}sitemap.xml`)
    .join('\n')}\n`;
  const server = serveStatic(mounts, {
    '/': { type: 'text/html; charset=utf-8', body: indexPage(sites, hasStorybook) },
    '/robots.txt': { type: 'text/plain; charset=utf-8', body: robots },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return { server, sites, origin: `http://${host}:${address.port}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sites, origin } = await startPortals({ port: Number(process.env.PORT ?? 4173) });
  if (!sites.length) console.warn('No built portal found: run `npm run build` first.');
  console.log(`Qiaoxin portals on ${origin}/`);
  for (const s of sites) console.log(`  ${origin}${s.basePath}  ${s.name.zh}`);
}
