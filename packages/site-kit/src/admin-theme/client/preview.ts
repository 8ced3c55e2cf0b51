/**
 * The preview frames: the built portal pages (served by ../preview.ts), repainted in the
 * draft's palette for the mode each frame is in. Browser code, served as is from dist.
 */
import { api, byId, el, say, type Judgement } from './view.js';

let palettes: Judgement['palettes'];

/** Paints every frame in `next` (the latest judgement's palettes). */
export function repaint(next: Judgement['palettes']) {
  palettes = next;
  for (const frame of frames()) paint(frame);
}
function paint(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument;
  if (!doc?.documentElement || !palettes) return;
  const root = doc.documentElement;
  const palette = palettes[root.hasAttribute('data-qx-elder') ? 'elder' : 'normal'];
  // Custom properties on the root element itself win over the stylesheet's :root blocks.
  for (const [token, colour] of Object.entries(palette))
    root.style.setProperty(`--qx-color-${token}`, colour);
}
export const frames = () => [
  byId<HTMLIFrameElement>('preview-home'),
  byId<HTMLIFrameElement>('preview-article'),
];

function previewMode(): 'normal' | 'elder' {
  return document.querySelector<HTMLInputElement>('input[name="preview-mode"]:checked')?.value ===
    'elder'
    ? 'elder'
    : 'normal';
}
function setMode(frame: HTMLIFrameElement) {
  const root = frame.contentDocument?.documentElement;
  if (!root) return;
  root.toggleAttribute('data-qx-elder', previewMode() === 'elder');
  paint(frame);
}

export async function loadPreview() {
  const answer = (await (await api('preview')).json()) as {
    home?: string;
    article?: string;
    problems?: string[];
  };
  const problems = byId('preview-problems');
  problems.hidden = !answer.problems;
  if (answer.problems) {
    problems.replaceChildren(
      el('p', {}, say('editor.previewProblems')),
      el('ul', {}, ...answer.problems.map((p) => el('li', {}, p))),
    );
  }
  const [home, article] = frames();
  if (home && answer.home) home.src = answer.home;
  if (article) {
    article.hidden = !answer.article;
    if (answer.article) article.src = answer.article;
  }
}

/** Frames follow the mode buttons, and the portal's own toolbar when it switches elder mode. */
export function watchFrames() {
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="preview-mode"]')) {
    radio.addEventListener('change', () => frames().forEach(setMode));
  }
  for (const frame of frames()) {
    frame.addEventListener('load', () => {
      setMode(frame);
      const root = frame.contentDocument?.documentElement;
      if (root) {
        new MutationObserver(() => paint(frame)).observe(root, {
          attributeFilter: ['data-qx-elder'],
        });
      }
      frame.dataset.painted = 'true';
    });
  }
}
