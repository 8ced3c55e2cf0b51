import { css } from 'lit';
import {
  colorDivider,
  colorLink,
  colorLinkHover,
  colorText,
  colorTextMuted,
  fontSizeSm,
  space2,
  space4,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

// Title and date share a row while the title has room for about 16 characters; on a narrow
// screen the date wraps under the title. Titles are never cut off (no ellipsis, no line
// clamp): a long headline wraps, so every reader gets all of it.
export const newsItemStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
      padding-block: ${space2};
      border-block-end: 1px dashed var(--qx-news-list-divider-color, ${colorDivider});
      color: var(--qx-news-list-color, ${colorText});
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      column-gap: ${space4};
    }
    .main {
      flex: 1 1 16em;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    a {
      color: var(--qx-news-list-link-color, ${colorLink});
      text-decoration: none;
      border-radius: 2px;
    }
    a:hover {
      color: var(--qx-news-list-link-hover-color, ${colorLinkHover});
      text-decoration: underline;
    }
    [part='date'] {
      flex: none;
      color: var(--qx-news-list-date-color, ${colorTextMuted});
      font-size: var(--qx-news-list-date-font-size, ${fontSizeSm});
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
  `,
];
