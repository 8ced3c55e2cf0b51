import { css } from 'lit';
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
} from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

const color = css`var(--qx-site-nav-color, ${colorOnPrimary})`;

export const siteNavStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      /* The breakpoint follows the element's own width, so a nav in a narrow column folds too. */
      container-type: inline-size;
      font-size: ${fontSizeMd};
      line-height: ${fontLineHeightTight};
    }
    nav {
      /* A formatting context of its own: the menu button's margin stays inside the band instead
         of collapsing through it, so the focus ring drawn in the margin lies on the band. */
      display: flow-root;
      background: var(--qx-site-nav-background, ${colorPrimary});
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
      margin: ${space2};
      padding: ${space2} ${space4};
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: 2px;
      cursor: var(--qx-cursor, pointer);
    }
    ::slotted(a) {
      display: block;
      /* Room for the current-section bar, so marking a link does not shift the others. */
      padding: ${space3} ${space4} calc(${space3} - ${borderWidthThick});
      color: ${color};
      text-decoration: none;
      overflow-wrap: anywhere;
      border-block-end: ${borderWidthThick} solid transparent;
    }
    ::slotted(a:hover) {
      background: var(--qx-site-nav-hover-background, ${colorPrimaryHover});
      text-decoration: underline;
    }
    /* Marked by a bar and bold type, not by colour alone. */
    ::slotted(a[aria-current]) {
      font-weight: ${fontWeightBold};
      border-block-end-color: var(--qx-site-nav-current-indicator, ${colorOnPrimary});
    }
    /* The focus token's blue is too dark on the red band; the text colour, inset, shows on it. */
    button:focus-visible,
    ::slotted(a:focus-visible) {
      outline: ${focusRingWidth} solid ${color};
      outline-offset: calc(-2 * ${focusRingWidth});
    }
    button:focus-visible {
      outline-offset: ${space1};
    }
    /* The narrow-screen menu: the button shown, the links in a column behind it until opened.
       Written out for each scope rather than built by a helper, so the whole sheet is plain CSS
       that the build's minifier (minify-literals) can parse.
       768px is --qx-breakpoint-md (container queries cannot read custom properties). */
    @container (width < 768px) {
      .enhanced button {
        display: block;
      }
      .enhanced [part='list'] {
        flex-direction: column;
      }
      :host(:not([open])) .enhanced [part='list'] {
        display: none;
      }
    }
    /* A browser running scripts folds the menu from the first paint, before the element's code
       has arrived: folding it only on hydration would move the page under the reader (a layout
       shift). Without scripts the links stay visible. */
    @media (scripting: enabled) {
      @container (width < 768px) {
        nav button {
          display: block;
        }
        nav [part='list'] {
          flex-direction: column;
        }
        :host(:not([open])) nav [part='list'] {
          display: none;
        }
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
