import { build } from 'vite';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const require = createRequire(process.cwd() + '/package.json');
const out = '/tmp/lean/an';
await build({ configFile:false, root: process.cwd(), logLevel:'warn', publicDir:false,
  resolve: { alias: { i18next: require.resolve('@qiaoxin/i18n/i18next-lite') } },
  build: { outDir: out, emptyOutDir: true, modulePreload:false, target:'es2022', sourcemap:true,
    rollupOptions: { input: { portal: 'dist/client/portal.js', 'portal-hant':'dist/client/portal-hant.js', stats:'dist/client/stats.js', article:'dist/client/article.js' } } } });
for (const f of readdirSync(out + '/assets').filter(f => f.endsWith('.js'))) {
  const code = readFileSync(`${out}/assets/${f}`, 'utf8');
  const map = JSON.parse(readFileSync(`${out}/assets/${f}.map`, 'utf8'));
  const c = new SourceMapConsumer(map);
  const lines = code.split('\n'); const by = {};
  // attribute each char to a source
  let last = null;
  const segs = [];
  c.eachMapping(m => segs.push(m));
  for (let i = 0; i < segs.length; i++) {
    const m = segs[i], n = segs[i+1];
    if (!m.source) continue;
    let len;
    if (n && n.generatedLine === m.generatedLine) len = n.generatedColumn - m.generatedColumn; else len = lines[m.generatedLine-1].length - m.generatedColumn;
    const s = m.source.replace(/.*node_modules\//, '').replace(/.*packages\//,'pk/');
    by[s] = (by[s] ?? 0) + len;
  }
  console.log(`== ${f} ${code.length} raw, ${gzipSync(code).length} gz`);
  for (const [s, n] of Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0, 25)) console.log('  ', String(n).padStart(6), s);
}
