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
  fontSizeSm,
  fontWeightBold,
  radiusMd,
  space1,
  space3,
  space4,
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
      padding: ${space3} ${space4};
      background: var(--qx-bilingual-header-background, ${colorSurface});
    }
    .bar,
    .tools,
    [part='actions'],
    [part='title'] {
      display: flex;
      align-items: center;
      gap: ${space3};
    }
    /* The title grows (flex: auto), so it already pushes the tools to the end of the row. */
    .bar,
    .tools,
    [part='actions'] {
      flex-wrap: wrap;
    }
    [part='title'] {
      /* Shrinks to the line so the names wrap instead of overflowing at 320px. */
      flex: auto;
      min-width: 0;
      color: inherit;
      text-decoration: none;
    }
    slot[name='logo']::slotted(*) {
      flex: none;
      width: auto;
      height: var(--qx-bilingual-header-logo-size, ${space12});
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
      font-size: var(--qx-bilingual-header-secondary-size, ${fontSizeSm});
      color: var(--qx-bilingual-header-secondary-color, ${colorTextMuted});
    }
    [part='name-primary'] {
      font-size: var(--qx-bilingual-header-name-size, ${fontSize2xl});
      font-weight: ${fontWeightBold};
      color: var(--qx-bilingual-header-name-color, ${colorPrimary});
    }
    a:hover [part='name-primary'] {
      text-decoration: underline;
    }
    /* A flex item of the tools row, so a block already: no display needed. */
    [part='toggle'] {
      padding: ${space1} ${space3};
      font: inherit;
      font-size: ${fontSizeSm};
      color: var(--qx-bilingual-header-toggle-color, ${colorLink});
      text-decoration: none;
      white-space: nowrap;
      background: none;
      /* A border, not a fill, so the toggle keeps its outline in forced-colors mode. */
      border: ${borderWidthThin} solid ${colorBorder};
      border-radius: ${radiusMd};
      cursor: var(--qx-cursor, pointer);
    }
    /* Underlined on hover, as the title is: a cue that needs no second colour. */
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
  `,
];
