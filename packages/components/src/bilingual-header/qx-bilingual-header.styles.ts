import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorLink,
  colorPrimary,
  colorSurface,
  colorTextMuted,
  fontLineHeightTight,
  fontSize2xl,
  fontSizeMd,
  fontSizeSm,
  fontSizeXs,
  fontWeightBold,
  radiusMd,
  space1,
  space2,
  space3,
  space4,
  space8,
  space12,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles, visuallyHidden } from '../internal/styles.js';

export const bilingualHeaderStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      /* The compact layout follows the header's own width, as <qx-site-nav>'s menu does. */
      container-type: inline-size;
      background: var(--qx-bilingual-header-background, ${colorSurface});
    }
    [part='base'],
    [part='tools'],
    [part='actions'],
    [part='title'] {
      display: flex;
      align-items: center;
      gap: ${space3};
    }
    /* The title grows, so it pushes the tools to the end of the row; from a basis of 16rem, so
       the names wrap to give the tools room on the title's row before the tools wrap under it. */
    [part='base'],
    [part='tools'],
    [part='actions'] {
      flex-wrap: wrap;
    }
    /* On the base, not the host: the host is the container its own queries measure. */
    [part='base'] {
      padding: ${space3} ${space4};
    }
    [part='title'] {
      /* Shrinks to the line so the names wrap instead of overflowing at 320px. */
      flex: 1 1 16rem;
      min-width: 0;
      color: inherit;
      text-decoration: none;
    }
    /* Wide: the menu and its content make no boxes, so the tools share the title's row and the
       navigation takes a row of its own, whether the menu is open or not. */
    details {
      display: contents;
    }
    details::details-content {
      display: contents;
    }
    /* Only where the content's box can be styled: elsewhere the summary stays, so the menu can
       still be opened (a selector list with ::details-content would drop the rule there). */
    @supports selector(::details-content) {
      summary {
        display: none;
      }
    }
    slot[name='logo']::slotted(*) {
      flex: none;
      width: auto;
      height: var(--qx-bilingual-header-logo-size, var(--l, ${space12}));
    }
    /* Decorative, beside the names (never behind them, so their contrast holds). */
    slot[name='banner']::slotted(*) {
      max-width: 40%;
      height: var(--qx-bilingual-header-banner-height, calc(1.5 * ${space12}));
    }
    [part='nav'] {
      flex: 1 0 100%;
    }
    slot:not([name])::slotted(*) {
      margin-block-start: ${space3};
    }
    .names {
      min-width: 0;
      /* Never truncated: the full name wraps, a long English word included. */
      overflow-wrap: anywhere;
      line-height: ${fontLineHeightTight};
    }
    [part^='name'] {
      display: block;
      font-size: var(--qx-bilingual-header-secondary-size, var(--s, ${fontSizeSm}));
      color: var(--qx-bilingual-header-secondary-color, ${colorTextMuted});
    }
    [part='name-primary'] {
      font-size: var(--qx-bilingual-header-name-size, var(--n, ${fontSize2xl}));
      font-weight: ${fontWeightBold};
      color: var(--qx-bilingual-header-name-color, ${colorPrimary});
    }
    a:hover [part='name-primary'] {
      text-decoration: underline;
    }
    summary,
    [part='toggle'] {
      padding: ${space1} ${space3};
      font: inherit;
      font-size: ${fontSizeSm};
      color: var(--qx-bilingual-header-toggle-color, ${colorLink});
      text-decoration: none;
      white-space: nowrap;
      background: none;
      /* A border, not a fill, so the control keeps its outline in forced-colors mode. */
      border: ${borderWidthThin} solid ${colorBorder};
      border-radius: ${radiusMd};
      cursor: var(--qx-cursor, pointer);
    }
    summary {
      padding-inline: ${space2};
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    /* Underlined on hover, as the title is: a cue that needs no second colour. */
    summary:hover,
    [part='toggle']:hover {
      text-decoration: underline;
    }
    /* A slot has no box of its own (display: contents): an empty one takes no space without
       script (a server-rendered page cannot know whether it is filled), and what fills it is a
       flex item of the tools row. */
    [part='languages'] {
      font-size: ${fontSizeSm};
      white-space: nowrap;
    }
    /* Narrow: the names and the 菜单 / Menu button share one row; the tools and the navigation
       show below it while the menu is open. 768px is --qx-breakpoint-md, where <qx-site-nav>
       folds too (container queries cannot read custom properties). */
    @container (width < 768px) {
      summary {
        display: block;
      }
      [part='title'] {
        flex: 1 1 0;
      }
      details::details-content {
        display: none;
        flex-basis: 100%;
      }
      /* The open menu's content is a row of its own; a closed one takes no row (nor a gap). */
      [open]::details-content {
        display: block;
      }
      slot[name='banner'] {
        display: none;
      }
      [part='base'] {
        padding: ${space2};
      }
      /* Smaller names, emblem and gaps; the names are the defaults of the custom properties. */
      [part='base'],
      [part='title'] {
        gap: ${space2};
        --n: ${fontSizeMd};
        --s: ${fontSizeXs};
        --l: ${space8};
      }
    }
  `,
];
