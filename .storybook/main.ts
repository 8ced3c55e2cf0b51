// Storybook for Qiaoxin: the designers' workshop. Stories sit beside their components
// (packages/*/src/**/*.stories.ts); this folder holds only the shared configuration.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['./docs/*.mdx', '../packages/*/src/**/*.@(mdx|stories.ts)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  // The <qx-search> stories search a real Pagefind index, written by the components'
  // scripts/build-search-fixture.js as the turbo task `fixtures` (build-storybook and
  // `npm run storybook` run it first).
  staticDirs: [
    { from: '../packages/components/search-fixture', to: '/search-fixture' },
    { from: '../packages/components/assets/cursors', to: '/cursors' },
    // The webmaster guide's screenshots, at the address its Markdown gives them (images/…).
    { from: '../docs/webmaster/images', to: '/images' },
  ],
  // The component sources import '@qiaoxin/tokens/lit.js' and '@qiaoxin/i18n', which resolve
  // to those packages' built dist/ folders: `npm run build-storybook` builds them first.
  viteFinal: (vite) => ({
    ...vite,
    // No data: URLs for small assets: stories fetch fixtures (e.g. views-src JSON) by URL,
    // and components rightly refuse data: URLs.
    build: { ...vite.build, target: 'es2022', chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  }),
};

export default config;
