import { css } from 'lit';
import {
  colorDivider,
  colorLink,
  colorPrimary,
  colorTextMuted,
  fontSizeSm,
  space1,
  space2,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

// As <qx-news-item>: title and date share a row while the title has room, the date wraps under
// it on a narrow screen, and titles are never cut off (no ellipsis, no line clamp).
export const noticeItemStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: ${space2};
      padding-block: ${space2};
      border-block-end: 1px dashed var(--qx-notice-list-divider-color, ${colorDivider});
    }
    .main {
      flex: 1 1 12em;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    a {
      color: var(--qx-notice-list-link-color, ${colorLink});
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }
    [part='pinned'] {
      flex: none;
      padding-inline: ${space1};
      border: 1px solid;
      color: var(--qx-notice-list-pinned-color, ${colorPrimary});
      font-size: ${fontSizeSm};
    }
    [part='attachments'],
    [part='date'] {
      flex: none;
      color: var(--qx-notice-list-muted-color, ${colorTextMuted});
      font-size: ${fontSizeSm};
      white-space: nowrap;
    }
    [part='date'] {
      margin-inline-start: auto;
    }
    svg {
      width: 1em;
      vertical-align: -0.125em;
      fill: none;
      stroke: currentColor;
    }
  `,
];
