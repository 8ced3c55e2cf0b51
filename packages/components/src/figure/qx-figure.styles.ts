import { css } from 'lit';
import { colorTextMuted, fontLineHeightNormal, fontSizeSm, space2 } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const figureStyles = [
  hostStyles,
  css`
    :host {
      display: block;
    }
    figure {
      margin: 0;
    }
    ::slotted(img),
    ::slotted(picture) {
      display: block;
      /* With width and height attributes the browser reserves the aspect ratio, so the
         scaled-down image causes no layout shift. */
      max-width: 100%;
      height: auto;
      margin-inline: auto;
    }
    figcaption {
      margin-block-start: ${space2};
      color: var(--qx-figure-caption-color, ${colorTextMuted});
      font-size: var(--qx-figure-caption-font-size, ${fontSizeSm});
      line-height: ${fontLineHeightNormal};
      text-align: center;
      /* CJK: break between characters but keep ，。」 off line starts (line-break: strict on
         the host); a long URL or English word may break anywhere rather than overflow. */
      word-break: normal;
      overflow-wrap: anywhere;
      text-wrap: pretty;
    }
    figcaption[hidden] {
      display: none;
    }
    [part='credit'] {
      display: block;
    }
  `,
];
