import {
  applyA11ySettings,
  cursors,
  readA11ySettings,
  scales,
  schemes,
  type A11ySettings,
} from './settings.js';

/**
 * Applies the saved toolbar settings, and a saved elder mode, to `<html>` at once. Run it (or
 * inline `a11yBootScript`) early in `<head>` so a page opens in the visitor's size and colours
 * without a flash (CLS 0). Nonsense in storage is ignored with a `[qiaoxin]` warning; blocked
 * storage leaves the page as is. Returns the settings applied.
 */
export function applySavedA11ySettings(): A11ySettings {
  const settings = readA11ySettings();
  applyA11ySettings(settings);
  try {
    if (localStorage.getItem('qx-elder-mode') === 'on') {
      document.documentElement.setAttribute('data-qx-elder', '');
    }
  } catch {
    // Storage blocked: nothing was saved either.
  }
  return settings;
}

/** The settings the head script applies: those that are attributes on `<html>`. */
const attributeValues = { scale: scales, scheme: schemes, cursor: cursors };

/**
 * The same as `applySavedA11ySettings()` as a small script for `<head>`:
 * `<script>${a11yBootScript}</script>` (under a strict CSP, allow it by its sha256 hash). It
 * also restores elder mode, so it replaces the elder-mode head script. It is inlined in every
 * page, so it is kept to what must happen before first paint: it sets only the known values
 * (the lists above, shared with the toolbar) and says nothing of the rest; the toolbar warns
 * about nonsense in storage when it reads the settings. The tests check it against
 * `applySavedA11ySettings()`.
 */
export const a11yBootScript =
  '(function(){var d=document.documentElement,o,k,v,a=' +
  JSON.stringify(attributeValues) +
  ';try{localStorage.getItem("qx-elder-mode")=="on"&&d.setAttribute("data-qx-elder","");' +
  'o=JSON.parse(localStorage.getItem("qx-a11y"))}catch(e){}' +
  'if(o)for(k in a){v=String(o[k]);a[k].indexOf(v)>=0&&d.setAttribute("data-qx-"+k,v)}})()';

export { a11yToolbarShortcut } from './shortcut.js';
