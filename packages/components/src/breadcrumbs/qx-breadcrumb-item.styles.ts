import { css } from 'lit';
import {
  colorLink,
  colorLinkHover,
  colorText,
  colorTextMuted,
  space2,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

export const breadcrumbItemStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: inline;
      /* A long name without spaces may break anywhere rather than overflow at 320px. */
      overflow-wrap: anywhere;
    }
    li {
      display: inline;
    }
    a {
      color: var(--qx-breadcrumbs-link-color, ${colorLink});
      text-decoration: none;
      border-radius: 2px;
    }
    a:hover {
      color: var(--qx-breadcrumbs-link-hover-color, ${colorLinkHover});
      text-decoration: underline;
    }
    [part='label'] {
      color: var(--qx-breadcrumbs-current-color, ${colorText});
    }
    /* Server-rendered pages show the trail before the parent can mark the last item. */
    :host(:last-child) [part='separator'] {
      display: none;
    }
    [part='separator'] {
      margin-inline: ${space2};
      color: var(--qx-breadcrumbs-separator-color, ${colorTextMuted});
      white-space: nowrap;
    }
  `,
];
