// The one script every portal page runs at load, and all it runs until the reader does something:
// under 1 KB, no Lit. Every element is on the page already, rendered by the server into
// declarative shadow DOM; most have no behaviour at all (breadcrumbs, lists, footer, figures…)
// and never load code. An element with behaviour (an "island" below) loads its code, Lit and
// hydration support the first time the reader comes near it: the pointer over it, a touch,
// keyboard focus. A press that comes before its code is held and replayed once the element has
// hydrated (hydration keeps the very nodes, so the pressed button is still the one pressed).
// An element whose server rendering cannot show the reader's saved state hydrates at once.
import { elderModeAttribute } from '@qiaoxin/components/elder-mode/apply.js';

type Host = HTMLElement & { updateComplete?: Promise<unknown> };

interface Island {
  load: () => Promise<unknown>;
  /** Hydrate at load: the page shows the reader's saved state, which the server cannot know. */
  now?: (host: Host) => boolean;
  /** Hydrate when the reader scrolls it into view, if this says it will do something then. */
  onScroll?: (host: Host) => boolean;
  /** What becomes of such a host that is in view as the page opens. */
  inViewAtLoad?: (host: Host) => void;
  /** After hydrating on the reader's first touch: catch up with what they did meanwhile. */
  after?: (host: Host) => void;
}

const stored = (key: string): string => {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
};

const islands: Record<string, Island> = {
  'qx-site-nav': { load: () => import('./islands/site-nav.js') },
  'qx-elder-mode': {
    load: () => import('./islands/elder-mode.js'),
    // The head's boot script switched elder mode on: the switch must say it is pressed.
    now: () => document.documentElement.hasAttribute(elderModeAttribute),
  },
  'qx-a11y-toolbar': {
    load: () => import('./islands/a11y-toolbar.js'),
    // The reading guide, captions and 指读 are scripts the toolbar restores on load (the same
    // look at the saved settings as the element's own).
    now: () => /"(guide|captions|speak)":true/.test(stored('qx-a11y')),
  },
  'qx-search': {
    load: () => import('./islands/search.js'),
    // The search page searches its address's ?q= at once.
    now: (host) =>
      host.hasAttribute('full-page') &&
      (new URLSearchParams(location.search).has('q') || host.hasAttribute('value')),
    after: (host) => {
      const input = host.shadowRoot?.querySelector('input');
      if (!input || host.shadowRoot?.activeElement !== input) return;
      input.dispatchEvent(new FocusEvent('focus'));
      if (input.value) input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
  },
  'qx-article-tools': {
    load: () => import('./islands/article-tools.js'),
    // A text size chosen on another article applies to this one from the start.
    now: () => stored('qx-article-font-size') !== '',
  },
  'qx-stat-counter': {
    load: () => import('./islands/stat-counter.js'),
    // Figures count up as the reader scrolls to them, unless they asked for less motion.
    onScroll: (host) =>
      !host.hasAttribute('static') && !matchMedia('(prefers-reduced-motion: reduce)').matches,
    // A figure in view as the page opens is shown as it is: counting it up would make its code
    // (Lit, hydration and the counter: ~13 KB gzip) the page's heaviest download before any
    // touch, for motion the reader did not ask for. `static` also keeps it still should the
    // counter's code arrive for a figure further down.
    inViewAtLoad: (host) => host.setAttribute('static', ''),
  },
};

const isIsland = (node: unknown): node is Host =>
  node instanceof HTMLElement && Object.hasOwn(islands, node.localName);

const hant = document.documentElement.lang === 'zh-Hant';
let strings: Promise<unknown> | undefined;
const started = new Map<string, Promise<void>>();

/** Loads an island's code once; settles when every element of that kind has hydrated. */
function start(tag: string): Promise<void> {
  let loading = started.get(tag);
  if (!loading) {
    const island = islands[tag] as Island;
    loading = (hant ? (strings ??= import('./islands/hant.js')) : Promise.resolve())
      .then(island.load)
      .then(() => customElements.whenDefined(tag))
      .then(() =>
        Promise.all([...document.querySelectorAll<Host>(tag)].map((h) => h.updateComplete)),
      )
      .then(() => {
        for (const host of document.querySelectorAll<Host>(tag)) island.after?.(host);
      });
    // A failed download leaves the element as the server rendered it (links and forms work).
    loading.catch((error: unknown) => console.warn(`qiaoxin: ${tag} is unavailable:`, error));
    started.set(tag, loading);
  }
  return loading;
}

const hostOf = (event: Event) => event.composedPath().find(isIsland);

for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin']) {
  const options = { capture: true, passive: true };
  document.addEventListener(
    type,
    (event) => {
      const host = hostOf(event);
      if (host) void start(host.localName);
    },
    options,
  );
}

// A press on a button of an element whose code has not arrived: held, then pressed again on the
// hydrated button. Links and submit buttons work without code, so they are left alone.
document.addEventListener(
  'click',
  (event) => {
    const path = event.composedPath();
    const at = path.findIndex(isIsland);
    const host = path[at] as Host | undefined;
    if (!host || customElements.get(host.localName)) return;
    const button = path
      .slice(0, at)
      .find((n): n is HTMLButtonElement => n instanceof HTMLButtonElement);
    if (button?.type !== 'button') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void start(host.localName).then(() => button.click());
  },
  { capture: true },
);

// The toolbar's keyboard shortcut works before its code, too. Which keys: what its server-rendered
// button announces (aria-keyshortcuts="Alt+Shift+Z"); the element matches by key position.
const toolbar = document.querySelector('qx-a11y-toolbar');
const shortcut = toolbar?.shadowRoot
  ?.querySelector('[aria-keyshortcuts]')
  ?.getAttribute('aria-keyshortcuts')
  ?.match(/^Alt\+Shift\+([A-Z])$/)?.[1];
if (toolbar && shortcut)
  document.addEventListener(
    'keydown',
    (event) => {
      const { altKey, shiftKey, ctrlKey, metaKey, code, key } = event;
      if (!altKey || !shiftKey || ctrlKey || metaKey || code !== `Key${shortcut}`) return;
      if (customElements.get(toolbar.localName)) return;
      event.preventDefault();
      const again = { key, code, altKey, shiftKey, bubbles: true, cancelable: true };
      void start(toolbar.localName).then(() =>
        document.dispatchEvent(new KeyboardEvent('keydown', again)),
      );
    },
    { capture: true },
  );

/** Hosts waiting to be scrolled to; the observer's first report says which are in view now. */
const reported = new WeakSet<Element>();
const scrolledTo =
  'IntersectionObserver' in window
    ? new IntersectionObserver((entries, observer) => {
        for (const { target, isIntersecting } of entries) {
          const island = islands[target.localName] as Island;
          const first = !reported.has(target);
          reported.add(target);
          if (!isIntersecting) continue;
          observer.unobserve(target);
          if (first) island.inViewAtLoad?.(target as Host);
          else void start(target.localName);
        }
      })
    : undefined;

for (const [tag, island] of Object.entries(islands)) {
  for (const host of document.querySelectorAll<Host>(tag)) {
    if (island.now?.(host)) void start(tag);
    else if (island.onScroll?.(host)) {
      if (scrolledTo) scrolledTo.observe(host);
      else void start(tag);
    }
  }
}
