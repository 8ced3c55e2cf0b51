// The commands the webmaster guide shows, and where each is run (for guide.test.js): a new
// command in the guide fails that test until it is listed here with the test that runs it.

/** Commands installing system software: shown for each system, never run by a test. */
export const systemSetup = [
  'winget install OpenJS.NodeJS.LTS',
  'brew install node',
  'curl -fsSL https://deb.nodesource.com/setup_24.x | sudo -E bash -',
  'sudo apt-get install -y nodejs',
];

export const createCommand =
  'npx create-qiaoxin-site haidian --name-zh 北京市海淀区归国华侨联合会 --name-en "Haidian District Federation of Returned Overseas Chinese" --primary "#8b1a1a"';

/**
 * Each other command of the guide, and where it is run: [file, text in it]. A file is a test,
 * a package.json (its scripts) or .ci/run (CI); "this test" is a test below.
 */
export const tested = {
  'node --version': ['.ci/run', 'node --version'], // and below
  'npm ci': ['.ci/run', 'npm ci --no-audit --no-fund'],
  [createCommand]: ['packages/site-kit/test/guide.test.js', 'runs the create command'],
  // `npm create qiaoxin-site` runs create-qiaoxin-site's bin (checked below), asking each value.
  'npm create qiaoxin-site': ['packages/create-site/test/prompt.test.js', 'promptMissing'],
  'npm create qiaoxin-site -- haidian --name-zh …': [
    'packages/create-site/test/create.test.js',
    "'--name-zh'",
  ],
  // Links the new workspace; the sites benchmark (npm run bench:sites) does it after creating.
  'npm install': ['packages/bench/sites.bench.js', "run('npm', ['install'"],
  // `npm run <script> -w <folder>` runs the folder's script (checked below): qiaoxin-site …
  'npm run dev -w sites/haidian': ['packages/site-kit/test/dev.test.js', "'dev',"],
  'npm run dev -w sites/jinshan': ['packages/site-kit/test/dev.test.js', "'dev',"],
  // --silent keeps npm's own "npm error" lines from following our message (npm-output.test.js).
  'npm run build --silent -w sites/jinshan': [
    'sites/jinshan/package.json',
    '"build": "qiaoxin-site build"',
  ],
  // The same script with --strict passed through: the placeholder tests run `build … --strict`.
  'npm run build --silent -w sites/jinshan -- --strict': [
    'packages/site-kit/test/placeholders.test.js',
    "'--strict'",
  ],
  // The same script with --lang passed through: the language tests run `build … --lang en`.
  'npm run build --silent -w sites/jinshan -- --lang en': [
    'packages/site-kit/test/messages-lang.test.js',
    "'--lang', 'en'",
  ],
  'npx turbo run build --filter=@qiaoxin-site/jinshan': ['package.json', 'turbo run build'],
  // npx runs the workspace's bin, qiaoxin-site: the editor's tests start `qiaoxin-site admin
  // <copy of sites/jinshan>` as a real process (startEditor) and drive it in Chromium
  // (packages/admin/test/editor.test.js, security.test.js).
  'npx qiaoxin-site admin sites/jinshan': [
    'packages/admin/test/helpers/admin.js',
    "[cli, 'admin', dir, '--port', '0'",
  ],
  'npm start': ['package.json', '"start": "turbo run build build-storybook'],
  // The import's tests run it on saved pages named after their host, into a copy of sites/jinshan.
  'npx qiaoxin-site import www.qiaolian.example.gov.cn --site sites/jinshan --dry-run': [
    'packages/site-kit/test/import.test.js',
    "importCli(pages, site, '--dry-run')",
  ],
  'npx qiaoxin-site import www.qiaolian.example.gov.cn --site sites/jinshan': [
    'packages/site-kit/test/import.test.js',
    "['import', pages, '--site', site",
  ],
};
