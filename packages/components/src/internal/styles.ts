import { css } from 'lit';
import { colorFocus, colorText, focusRingOffset, focusRingWidth } from '@qiaoxin/tokens/lit.js';

// Each block below is built in a function call marked pure, so bundlers leave out the ones an
// element does not use: they keep a bare tagged template (a call) even when it is unused.

/** Defaults every Qiaoxin element shares: token font and colour, and `hidden` honoured. */
export const hostStyles = /* @__PURE__ */ (() => css`
  :host {
    /* No literal fallback on purpose: without tokens.css the element inherits the font of
       the page it is embedded in; with it, the CJK-first system stack. */
    font-family: var(--qx-font-family-sans);
    color: ${colorText};
    /* Keep closing punctuation such as ，。」 off the start of a line. */
    line-break: strict;
  }
  :host([hidden]) {
    display: none !important;
  }
`)();

/** A focus ring that stays visible in forced-colors mode, because outlines are kept there. */
export const focusRing = /* @__PURE__ */ (() => css`
  :focus-visible {
    outline: ${focusRingWidth} solid ${colorFocus};
    outline-offset: ${focusRingOffset};
  }
`)();

/** Hides text visually while keeping it in the accessibility tree. */
export const visuallyHidden = /* @__PURE__ */ (() => css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`)();

/**
 * Toggle buttons (`aria-pressed`) in forced-colors mode: a visible border on each, and the
 * pressed one in the system's highlight colours, since the palette's own fill is dropped there.
 */
export const pressedInForcedColors = /* @__PURE__ */ (() => css`
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }
`)();
