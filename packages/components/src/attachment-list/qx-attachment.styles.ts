import { css } from 'lit';
import { colorLink, colorLinkHover, colorTextMuted, space1 } from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

export const attachmentStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
    }
    li {
      display: block;
      padding-block: ${space1};
      overflow-wrap: anywhere;
    }
    a {
      color: var(--qx-attachment-link-color, ${colorLink});
      border-radius: 2px;
    }
    a:hover {
      color: var(--qx-attachment-link-hover-color, ${colorLinkHover});
    }
    [part='details'] {
      color: var(--qx-attachment-details-color, ${colorTextMuted});
    }
  `,
];
