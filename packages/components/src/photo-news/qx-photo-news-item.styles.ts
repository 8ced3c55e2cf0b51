import { css } from 'lit';
import {
  colorLink,
  colorLinkHover,
  colorSurfaceSubtle,
  colorText,
  colorTextMuted,
  fontSizeSm,
  fontWeightMedium,
  space1,
  space2,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

export const photoNewsItemStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: ${space1};
      min-width: 0;
    }
    [part~='base'] {
      display: block;
      color: ${colorText};
      text-decoration: none;
    }
    [part~='link'] {
      color: var(--qx-photo-news-link-color, ${colorLink});
    }
    [part~='link']:hover {
      color: var(--qx-photo-news-link-hover-color, ${colorLinkHover});
      text-decoration: underline;
    }
    [part='image'] {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: var(--qx-photo-news-aspect-ratio, 3 / 2);
      object-fit: cover;
      background: var(--qx-photo-news-placeholder-color, ${colorSurfaceSubtle});
    }
    [part='title'] {
      display: block;
      margin-block-start: ${space2};
      font-weight: ${fontWeightMedium};
      overflow-wrap: anywhere;
    }
    [part='date'] {
      color: var(--qx-photo-news-muted-color, ${colorTextMuted});
      font-size: ${fontSizeSm};
      font-variant-numeric: tabular-nums;
    }
    @media (forced-colors: active) {
      .none {
        border: 1px solid;
      }
    }
  `,
];
