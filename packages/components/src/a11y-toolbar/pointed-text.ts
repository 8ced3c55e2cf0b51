/**
 * What text an element "says": the words a sighted reader sees on it and a screen reader
 * announces. The caption bar (大字幕) shows it for the element under the pointer or in focus,
 * and voice reading (指读) speaks it.
 */

/** Elements whose whole text is one thing to read: controls, then text blocks. */
const controls =
  'a[href],button,[role=button],[role=link],summary,label,select,textarea,input,img[alt]';
const blocks = 'p,h1,h2,h3,h4,h5,h6,li,dt,dd,td,th,caption,figcaption,blockquote,legend,pre';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** `el` or its nearest ancestor matching `selector`, crossing shadow roots to their hosts. */
function closest(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at;) {
    if (at.matches(selector)) return at;
    const parent: Node | null = at.parentNode;
    at = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return null;
}

/** The accessible name a screen reader gives a control (the common cases of the ARIA name rules). */
function nameOf(el: Element): string {
  const label = squash(el.getAttribute('aria-label'));
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (ids) {
    const named = ids
      .split(/\s+/)
      .map((id) => squash(root.getElementById?.(id)?.textContent))
      .join(' ');
    if (squash(named)) return squash(named);
  }
  if (el instanceof HTMLImageElement) return squash(el.alt);
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLSelectElement ||
    el instanceof HTMLTextAreaElement
  ) {
    const labelled = [...(el.labels ?? [])].map((l) => squash(l.textContent)).join(' ');
    const input = el instanceof HTMLInputElement ? el : undefined;
    const value = input && ['button', 'submit', 'reset'].includes(input.type) ? input.value : '';
    return squash(labelled || value || el.getAttribute('placeholder') || el.getAttribute('title'));
  }
  // Text of the control, with images' alternatives (an icon link named by its image).
  const text = squash(
    [...el.querySelectorAll('img[alt]')].length
      ? [...el.childNodes]
          .map((n) => (n instanceof HTMLImageElement ? n.alt : n.textContent))
          .join(' ')
      : ((el as HTMLElement).innerText ?? el.textContent),
  );
  return text || squash(el.getAttribute('title'));
}

/**
 * The text `el` says: a link's text, a button's accessible name, an image's alternative, a
 * field's label, else the paragraph, heading, list item or cell it is in; '' for none or for
 * something hidden from assistive technology.
 */
export function pointedText(el: Element): string {
  if (closest(el, '[aria-hidden=true]')) return '';
  const control = closest(el, controls);
  if (control) return nameOf(control);
  const block = closest(el, blocks);
  if (block) return squash((block as HTMLElement).innerText ?? block.textContent);
  return '';
}
