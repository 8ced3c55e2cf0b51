import { applyA11ySettings, readA11ySettings, type A11ySettings } from './settings.js';

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

/**
 * The same as `applySavedA11ySettings()` as a small script for `<head>`:
 * `<script>${a11yBootScript}</script>` (under a strict CSP, allow it by its sha256 hash). It
 * also restores elder mode, so it replaces the elder-mode head script. Written by hand, short,
 * and checked against `applySavedA11ySettings()` by the tests.
 */
export const a11yBootScript =
  '(function(){var d=document.documentElement,l,o,k,v,a={scale:["1","1.25","1.5","1.75","2"],scheme:["default","high-contrast","black-on-yellow","yellow-on-black"],cursor:["black","white"],guide:[!0,!1],captions:[!0,!1]},b=[];try{l=localStorage;l.getItem("qx-elder-mode")=="on"&&d.setAttribute("data-qx-elder","");o=l.getItem("qx-a11y")}catch(e){return}if(!o)return;try{o=JSON.parse(o)}catch(e){}if(!o||typeof o!="object"||o instanceof Array)return console.warn("[qiaoxin] qx-a11y: ignoring saved settings it does not know: "+l.getItem("qx-a11y"));for(k in o){v=k=="scale"&&typeof o[k]=="number"?String(o[k]):o[k];if(a.hasOwnProperty(k)&&a[k].indexOf(v)>=0){typeof v=="string"&&d.setAttribute("data-qx-"+k,v)}else b.push(k+": "+JSON.stringify(o[k]))}b.length&&console.warn("[qiaoxin] qx-a11y: ignoring saved settings it does not know: "+b.join(", "))})()';

export { a11yToolbarShortcut } from './shortcut.js';
