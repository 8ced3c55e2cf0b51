import { css } from 'lit';
import {
  colorOnPrimary,
  colorPrimary,
  colorTextMuted,
  fontLineHeightNormal,
  fontSizeLg,
  fontWeightBold,
  space2,
  space3,
  space4,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

export const topicBannerStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
      line-height: ${fontLineHeightNormal};
    }
    [part~='base'] {
      display: block;
      text-decoration: none;
    }
    [part~='link']:hover [part='title'] {
      text-decoration: underline;
    }
    [part='image'] {
      display: block;
      width: 100%;
      height: auto;
    }
    [part='title'] {
      display: block;
      padding: ${space2} ${space4};
      background: var(--qx-topic-banner-background, ${colorPrimary});
      color: var(--qx-topic-banner-color, ${colorOnPrimary});
      font-size: var(--qx-topic-banner-font-size, ${fontSizeLg});
      font-weight: ${fontWeightBold};
      overflow-wrap: anywhere;
    }
    ::slotted([slot='intro']) {
      display: block;
      margin: ${space3} 0 0;
      color: var(--qx-topic-banner-intro-color, ${colorTextMuted});
    }
    @media (forced-colors: active) {
      [part='title'] {
        border: 1px solid;
      }
    }
  `,
];
