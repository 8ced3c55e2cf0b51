import { css } from 'lit';
import {
  borderWidthThin,
  colorFocus,
  colorLink,
  colorLinkHover,
  colorSurfaceSubtle,
  colorTextMuted,
  fontLineHeightRelaxed,
  focusRingOffset,
  focusRingWidth,
  fontSizeSm,
  space1,
  space2,
  space4,
  space6,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

// One token per declaration: the dist template minifier drops the ";" after a value that
// ends in a second interpolation (e.g. "padding: ${a} ${b}").
export const siteFooterStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
      padding-block: ${space6};
      padding-inline: ${space4};
      color: var(--qx-site-footer-color, ${colorTextMuted});
      background: var(--qx-site-footer-background, ${colorSurfaceSubtle});
      font-size: var(--qx-site-footer-font-size, ${fontSizeSm});
      line-height: ${fontLineHeightRelaxed};
    }
    .line,
    [part='links'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: var(--qx-site-footer-align, center);
      column-gap: ${space4};
      row-gap: ${space1};
    }
    .line + .line {
      margin-block-start: ${space1};
    }
    /* A field too long for the line (an address at 320px) breaks inside itself, never overflows. */
    .line > *,
    ::slotted(*) {
      min-width: 0;
      max-width: 100%;
      overflow-wrap: anywhere;
    }
    /* A label (the only element with lang) never splits inside a word: 邮 / 箱: reads badly.
       Between English words it may, so a long label at 200 % text still fits 320px. */
    [lang] {
      word-break: keep-all;
    }
    a,
    ::slotted(a) {
      color: var(--qx-site-footer-link-color, ${colorLink});
    }
    a:hover,
    ::slotted(a:hover) {
      color: ${colorLinkHover};
    }
    /* Slotted links are styled by the page, but they still get the ring on a plain page. */
    ::slotted(a:focus-visible) {
      outline-style: solid;
      outline-width: ${focusRingWidth};
      outline-color: ${colorFocus};
      outline-offset: ${focusRingOffset};
    }
    /* The space between the links row and the lines only when there are links. */
    ::slotted(*) {
      margin-block-start: ${space2};
    }
    @media (forced-colors: active) {
      /* The background is dropped, so a rule keeps the footer apart from the page. */
      :host {
        border-block-start: ${borderWidthThin} solid CanvasText;
      }
    }
  `,
];
