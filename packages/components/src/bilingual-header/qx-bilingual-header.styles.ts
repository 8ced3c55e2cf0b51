import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorLink,
  colorLinkHover,
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
} from '@qiaoxin/tokens/vars.js';
import { focusRing, hostStyles, token, visuallyHidden } from '../internal/styles.js';

// One token per declaration: the dist template minifier drops the ";" after a value that
// ends in a second interpolation (e.g. "padding: ${a} ${b}").
export const bilingualHeaderStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      padding-block: ${token(space3)};
      padding-inline: ${token(space4)};
      background: var(--qx-bilingual-header-background, ${token(colorSurface)});
    }
    .bar,
    .tools,
    [part='title'] {
      display: flex;
      align-items: center;
      gap: ${token(space3)};
    }
    .bar,
    .tools {
      flex-wrap: wrap;
    }
    .bar {
      justify-content: space-between;
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
      height: var(--qx-bilingual-header-logo-size, ${token(space12)});
    }
    slot:not([name])::slotted(*) {
      margin-block-start: ${token(space3)};
    }
    .names {
      min-width: 0;
      /* Never truncated: the full name wraps, a long English word included. */
      overflow-wrap: anywhere;
      line-height: ${token(fontLineHeightTight)};
    }
    [part^='name'] {
      display: block;
      font-size: var(--qx-bilingual-header-secondary-size, ${token(fontSizeSm)});
      color: var(--qx-bilingual-header-secondary-color, ${token(colorTextMuted)});
    }
    [part='name-primary'] {
      font-size: var(--qx-bilingual-header-name-size, ${token(fontSize2xl)});
      font-weight: ${token(fontWeightBold)};
      color: var(--qx-bilingual-header-name-color, ${token(colorPrimary)});
    }
    a:hover [part='name-primary'] {
      text-decoration: underline;
    }
    [part='toggle'] {
      display: inline-block;
      padding-block: ${token(space1)};
      padding-inline: ${token(space3)};
      font: inherit;
      font-size: ${token(fontSizeSm)};
      color: var(--qx-bilingual-header-toggle-color, ${token(colorLink)});
      text-decoration: none;
      white-space: nowrap;
      background: none;
      /* A border, not a fill, so the toggle keeps its outline in forced-colors mode. */
      border: ${token(borderWidthThin)} solid;
      border-color: ${token(colorBorder)};
      border-radius: ${token(radiusMd)};
      cursor: pointer;
    }
    [part='toggle']:hover {
      color: ${token(colorLinkHover)};
    }
  `,
];
