import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorText,
  colorTextMuted,
  fontLineHeightNormal,
  fontSizeMd,
  radiusSm,
  space1,
  space2,
} from '@qiaoxin/tokens/vars.js';
import { focusRing, hostStyles, visuallyHidden } from '../internal/styles.js';
import { token } from '../internal/token.js';

const border = css`
  ${token(borderWidthThin)} solid var(--qx-search-border-color, ${token(colorBorder)})
`;

/** The form and the status line; the results panel's styles come with it, on first use. */
export const searchStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      position: relative;
      font-size: ${token(fontSizeMd)};
      line-height: ${token(fontLineHeightNormal)};
    }
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token(space2)};
    }
    input,
    button {
      font: inherit;
      padding: ${token(space1)} ${token(space2)};
      border: ${border};
      border-radius: ${token(radiusSm)};
    }
    input {
      flex: 1 1 8em;
      min-width: 0;
      color: ${token(colorText)};
      background: ${token(colorSurface)};
    }
    button {
      color: var(--qx-search-button-color, ${token(colorOnPrimary)});
      background: var(--qx-search-button-background, ${token(colorPrimary)});
      cursor: pointer;
    }
    [role='status'] {
      margin: ${token(space2)} 0 0;
      color: ${token(colorTextMuted)};
    }
  `,
];
