import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const e of process.argv.slice(2)) {
const r = await build({ entryPoints:[`dist/${e}`], bundle:true, splitting:true, minify:true, format:'esm', outdir:'o', write:false, charset:'utf8', external:['lit','lit/*','lit-html','lit-html/*','lit-element','lit-element/*','@lit/*','i18next'], logLevel:'silent'});
console.log(e, gzipSync(r.outputFiles[0].contents,{level:9}).length);
}
