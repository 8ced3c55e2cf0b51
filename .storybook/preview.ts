import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { configure } from 'storybook/test';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { getLocale, setLocale } from '@qiaoxin/i18n';
// Raw, not through Vite's CSS pipeline, so the minifier does not rewrite token values
// (#ffffff → #fff) and the Foundations pages can tell the theme's values from the tokens'.
import tokensCss from '@qiaoxin/tokens/tokens.css?raw';
import manifest from '../packages/components/custom-elements.json' with { type: 'json' };
import { emulate } from './emulation.js';
import { manifestControls, prepareManifest } from './manifest.js';
import { themeCss, themes } from './themes.js';
import './preview.css';

setCustomElementsManifest(prepareManifest(manifest));

// How long a play function's waitFor waits for a state before failing: 10 s instead of
// Testing Library's 1 s, as the components' tests do (their waitUntil). On CI's two shared
// cores a story renders while builds and other browsers run, and a state that takes 1.2 s
// there is not a bug; the waits still end as soon as the state is reached.
configure({ asyncUtilTimeout: 10_000 });

const tokenStyle = document.createElement('style');
tokenStyle.id = 'qx-tokens';
tokenStyle.textContent = tokensCss;
document.head.prepend(tokenStyle);

const themeStyle = document.createElement('style');
themeStyle.id = 'qx-storybook-theme';
document.head.append(themeStyle);

/** Applies the toolbar's language to the shared i18next instance and to <html lang>. */
async function applyLocale(locale: string): Promise<void> {
  document.documentElement.lang = locale;
  if (getLocale() !== locale) await setLocale(locale);
}

/**
 * The globals a story renders with. A Docs page shows many stories at once and the switches
 * are page-wide, so there only the toolbar's choice applies, not a story's own globals (the
 * last story would win for all).
 */
function globalsOf(context: {
  viewMode?: string;
  globals: Record<string, unknown>;
  userGlobals?: Record<string, unknown>;
}) {
  return context.viewMode === 'docs' ? (context.userGlobals ?? context.globals) : context.globals;
}

/**
 * Applies every toolbar switch, and the CSS custom property controls of the story's
 * component (args named `--qx-*`), which are set on a wrapper and inherited.
 */
const withWorkshop: Decorator = (story, context) => {
  const globals = globalsOf(context);
  const { args } = context;
  themeStyle.textContent = themeCss(String(globals.theme));
  void applyLocale(String(globals.locale));
  emulate({
    reducedMotion: globals.motion === 'reduce',
    forcedColors: globals.contrast === 'forced',
  });
  const properties = Object.fromEntries(
    Object.entries(args).filter(
      ([name, value]) => name.startsWith('--') && value != null && value !== '',
    ),
  ) as Record<string, string>;
  const content = Object.keys(properties).length
    ? html`<div style=${styleMap(properties)}>${story()}</div>`
    : story();
  // New elements for each story, as a page visit gives: when two stories render the same
  // template, Lit would otherwise keep the first one's elements, with their state (a warning
  // already given, a loaded panel), for the next. Changing a control keeps them (same id).
  return html`${keyed(context.id, content)}`;
};

/**
 * A toolbar switch between the normal look and an emulated preview of `name` (what is
 * emulated: .storybook/README.md); `emulation.ts` applies it.
 */
function previewSwitch(
  name: string,
  title: string,
  icon: 'play' | 'contrast',
  [normal, normalTitle]: [string, string],
  preview: string,
) {
  return {
    description: `${name} preview (see .storybook/README.md for what is emulated)`,
    toolbar: {
      title,
      icon,
      items: [
        { value: normal, title: normalTitle },
        { value: preview, title: `${name} (preview)` },
      ],
      dynamicTitle: true,
    },
  };
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withWorkshop],
  // The decorator switches language too, but not before the first render can read it.
  beforeEach: async (context) => {
    await applyLocale(String(globalsOf(context).locale));
  },
  argTypesEnhancers: [manifestControls],
  globalTypes: {
    theme: {
      description: 'District theme: the --qx-* tokens of sites/<district>/theme.json',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themes.map((theme) => ({ value: theme.id, title: theme.title })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of every component (setLocale and <html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)', right: '简' },
          { value: 'zh-Hant', title: '繁體中文 (zh-Hant)', right: '繁' },
          { value: 'en', title: 'English (en)', right: 'EN' },
        ],
        dynamicTitle: true,
      },
    },
    motion: previewSwitch('Reduced motion', 'Motion', 'play', ['full', 'Full motion'], 'reduce'),
    contrast: previewSwitch(
      'Forced colours',
      'Colours',
      'contrast',
      ['normal', 'Normal colours'],
      'forced',
    ),
  },
  initialGlobals: { theme: 'default', locale: 'zh-CN', motion: 'full', contrast: 'normal' },
  parameters: {
    // A violation fails the story (in the a11y panel and in the story tests), not a note.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
    viewport: {
      options: {
        reflow320: {
          name: '320 px (WCAG reflow)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        ...MINIMAL_VIEWPORTS,
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Foundations', 'Components', 'Pages'] },
    },
  },
};

export default preview;
