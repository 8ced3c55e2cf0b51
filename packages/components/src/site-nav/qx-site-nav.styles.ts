import { css, unsafeCSS } from 'lit';
import {
  borderWidthThick,
  colorOnPrimary,
  colorPrimary,
  colorPrimaryHover,
  focusRingWidth,
  fontSizeMd,
  fontLineHeightTight,
  fontWeightBold,
  space1,
  space2,
  space3,
  space4,
} from '@qiaoxin/tokens/vars.js';
import { hostStyles } from '../internal/styles.js';
import { token } from '../internal/token.js';

const color = css`var(--qx-site-nav-color, ${token(colorOnPrimary)})`;

/** The narrow-screen menu: the button shown, the links in a column behind it until opened. */
const folded = (scope: string) => {
  const nav = unsafeCSS(scope);
  return css`
    ${nav} button {
      display: block;
    }
    ${nav} [part='list'] {
      flex-direction: column;
    }
    :host(:not([open])) ${nav} [part='list'] {
      display: none;
    }
  `;
};

export const siteNavStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      /* The breakpoint follows the element's own width, so a nav in a narrow column folds too. */
      container-type: inline-size;
      font-size: ${token(fontSizeMd)};
      line-height: ${token(fontLineHeightTight)};
    }
    nav {
      background: var(--qx-site-nav-background, ${token(colorPrimary)});
      color: ${color};
    }
    nav[hidden] {
      display: none;
    }
    [part='list'] {
      display: flex;
      flex-wrap: wrap;
    }
    button {
      display: none;
      margin: ${token(space2)};
      padding: ${token(space2)} ${token(space4)};
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: 2px;
      cursor: pointer;
    }
    ::slotted(a) {
      display: block;
      /* Room for the current-section bar, so marking a link does not shift the others. */
      padding: ${token(space3)} ${token(space4)} calc(${token(space3)} - ${token(borderWidthThick)});
      color: ${color};
      text-decoration: none;
      overflow-wrap: anywhere;
      border-block-end: ${token(borderWidthThick)} solid transparent;
    }
    ::slotted(a:hover) {
      background: var(--qx-site-nav-hover-background, ${token(colorPrimaryHover)});
      text-decoration: underline;
    }
    /* Marked by a bar and bold type, not by colour alone. */
    ::slotted(a[aria-current]) {
      font-weight: ${token(fontWeightBold)};
      border-block-end-color: var(--qx-site-nav-current-indicator, ${token(colorOnPrimary)});
    }
    /* The focus token's blue is too dark on the red band; the text colour, inset, shows on it. */
    button:focus-visible,
    ::slotted(a:focus-visible) {
      outline: ${token(focusRingWidth)} solid ${color};
      outline-offset: calc(-2 * ${token(focusRingWidth)});
    }
    button:focus-visible {
      outline-offset: ${token(space1)};
    }
    /* 768px is --qx-breakpoint-md (container queries cannot read custom properties). */
    @container (width < 768px) {
      ${folded('.enhanced')}
    }
    /* A browser running scripts folds the menu from the first paint, before the element's code
       has arrived: folding it only on hydration would move the page under the reader (a layout
       shift). Without scripts the links stay visible. */
    @media (scripting: enabled) {
      @container (width < 768px) {
        ${folded('nav')}
      }
    }
    /* Forced colours would paint every transparent bar; keep only the current one. */
    @media (forced-colors: active) {
      ::slotted(a) {
        border-block-end-color: Canvas;
      }
      ::slotted(a[aria-current]) {
        border-block-end-color: LinkText;
      }
    }
  `,
];
