// Helpers for the tests of language controls (not shipped).
import type { QxLocaleChangeDetail } from '../bilingual-header.js';

/** Records every qx-locale-change reaching the page's body (outside the shadow root), optionally cancelling it. */
export function listenForLocaleChange(cancel = false) {
  const events: CustomEvent<QxLocaleChangeDetail>[] = [];
  const handler = (e: CustomEvent<QxLocaleChangeDetail>) => {
    events.push(e);
    if (cancel) e.preventDefault();
  };
  // On body, not document: the event map that knows qx-locale-change is HTMLElement's.
  document.body.addEventListener('qx-locale-change', handler);
  return { events, stop: () => document.body.removeEventListener('qx-locale-change', handler) };
}

/** Stops real navigation in the test page, remembering whether the element had already stopped it. */
export function guardNavigation() {
  const seen: boolean[] = [];
  const handler = (e: Event) => {
    seen.push(e.defaultPrevented);
    e.preventDefault();
  };
  document.addEventListener('click', handler);
  return { seen, stop: () => document.removeEventListener('click', handler) };
}
