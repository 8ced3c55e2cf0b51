// Bundles the command line (dist/cli.js) and its worker threads into dist/cli-bundle/, which
// bin/qiaoxin-site.js runs. Loading the CLI's 900 modules one by one took about 0.9 s of every
// build, 0.3 s of it in the portal runtime's resolution hook (portal-runtime.ts), which costs a
// round trip to Node's loader thread for each module; the bundle loads in about 0.4 s.
// The library (dist/index.js and the other exports) stays as tsc writes it.
//
// The bundle sits two folders below the package, as each dist/<folder>/ module does, so paths
// the code finds from its own place (the package root, styles/) are the same in both. Workers
// are entries of their own, named as the code names them beside itself (`./render-worker.js`).
// esbuild, not a hand-written concatenation: it is the maintained bundler the admin and the
// size limits already use.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lite = require.resolve('@qiaoxin/i18n/i18next-lite');

/**
 * `i18next`, for the Qiaoxin i18n package that the elements use, is i18next-lite, as the
 * resolution hook makes it in the unbundled build; the CLI's own messages keep i18next.
 */
const portalRuntime = {
  name: 'portal-runtime',
  setup(bundler) {
    bundler.onResolve({ filter: /^i18next$/ }, ({ importer }) =>
      /[\\/]packages[\\/]i18n[\\/]|[\\/]@qiaoxin[\\/]i18n[\\/]/.test(importer)
        ? { path: lite }
        : undefined,
    );
  },
};

// Chunks are named by their content: the last build's would stay beside the new ones.
rmSync('dist/cli-bundle', { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'dist/cli.js',
    'render-worker': 'dist/render/render-worker.js',
    'search-worker': 'dist/write/search-worker.js',
    'listing-worker': 'dist/write/listing-worker.js',
    'parse-ahead-worker': 'dist/site/parse-ahead-worker.js',
  },
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [portalRuntime],
  define: { QIAOXIN_BUNDLE: 'true' },
  // Packages that find files beside their own code (native binaries, data files, Pagefind's
  // own binary), and the dev server's Vite and the importer's jsdom, load from node_modules.
  // Tinypool starts its threads from its own entry file, beside its code.
  external: [
    'lightningcss',
    '@resvg/resvg-js',
    'pagefind',
    'vite',
    'jsdom',
    'css-tree',
    'tinypool',
  ],
  // CommonJS packages inside an ES module bundle call require: give them Node's.
  banner: {
    js: "import { createRequire as qiaoxinRequire } from 'node:module'; const require = qiaoxinRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
