// What the "Reduced motion" and "Forced colours" toolbar switches can emulate from inside a
// page. A page cannot turn on a real media feature (only DevTools or the test runner's CDP
// can), so these switches:
//  - answer `matchMedia('(prefers-reduced-motion: reduce)')` and `('(forced-colors: active)')`
//    as the switch says, which is what components that decide in JavaScript ask (the stat
//    counter's count-up does);
//  - set `data-qx-motion="reduce"` / `data-qx-forced-colors` on <html>, which preview.css
//    uses to zero the motion tokens and to re-point the colour tokens at a high-contrast
//    palette.
// CSS `@media (prefers-reduced-motion)` / `@media (forced-colors)` rules inside shadow roots
// do NOT follow these switches; see .storybook/README.md.

const emulated = { reducedMotion: false, forcedColors: false };

const answers: [RegExp, () => boolean][] = [
  [/^\(\s*prefers-reduced-motion\s*:\s*reduce\s*\)$/i, () => emulated.reducedMotion],
  [/^\(\s*prefers-reduced-motion\s*:\s*no-preference\s*\)$/i, () => !emulated.reducedMotion],
  [/^\(\s*prefers-reduced-motion\s*\)$/i, () => emulated.reducedMotion],
  [/^\(\s*forced-colors\s*:\s*active\s*\)$/i, () => emulated.forcedColors],
  [/^\(\s*forced-colors\s*:\s*none\s*\)$/i, () => !emulated.forcedColors],
  [/^\(\s*forced-colors\s*\)$/i, () => emulated.forcedColors],
];

const nativeMatchMedia = window.matchMedia.bind(window);

window.matchMedia = (query: string): MediaQueryList => {
  const list = nativeMatchMedia(query);
  const answer = answers.find(([pattern]) => pattern.test(query.trim()))?.[1];
  if (!answer || !(emulated.reducedMotion || emulated.forcedColors)) return list;
  // A stand-in with the emulated `matches`; listeners go to the real list.
  return {
    matches: answer(),
    media: list.media,
    onchange: null,
    addEventListener: list.addEventListener.bind(list),
    removeEventListener: list.removeEventListener.bind(list),
    addListener: list.addListener.bind(list),
    removeListener: list.removeListener.bind(list),
    dispatchEvent: list.dispatchEvent.bind(list),
  };
};

/** Applies the toolbar's motion and colour switches to the preview document. */
export function emulate(options: { reducedMotion: boolean; forcedColors: boolean }): void {
  Object.assign(emulated, options);
  const root = document.documentElement;
  if (options.reducedMotion) root.dataset.qxMotion = 'reduce';
  else delete root.dataset.qxMotion;
  root.toggleAttribute('data-qx-forced-colors', options.forcedColors);
}
