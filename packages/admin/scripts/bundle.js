// Bundles the editor's page script (client/admin.js: Decap CMS, React, the locales and the
// editor's own widgets) into dist/client/admin.js, and copies the chunks Decap loads on demand
// beside it. This bundle is served only by the editor's server: no portal ever loads it.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const out = new URL('../dist/client/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('../client/admin.js', import.meta.url).pathname],
  outfile: join(out, 'admin.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  logLevel: 'warning',
});
const decapDist = dirname(require.resolve('decap-cms-app'));
for (const name of readdirSync(decapDist)) {
  if (/^\d+\.decap-cms-app\.js$|\.wasm$/.test(name)) cpSync(join(decapDist, name), join(out, name));
}
console.log('dist/client/admin.js');
