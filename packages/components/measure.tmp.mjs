import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['dist/bilingual-header.js'], bundle: true, minify: true, format: 'esm', charset: 'utf8', write: false,
  external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', 'i18next', '@qiaoxin/tokens', '@qiaoxin/tokens/*'],
  plugins: [{ name: 'x', setup(b) { b.onResolve({ filter: /.*/ }, ({ kind, path }) => kind === 'dynamic-import' ? { path, external: true } : undefined); } }] });
const code = r.outputFiles[0].contents;
if (process.env.OUT) console.log(new TextDecoder().decode(code)); console.log('gz', gzipSync(code, { level: 9 }).length, 'raw', code.length);
