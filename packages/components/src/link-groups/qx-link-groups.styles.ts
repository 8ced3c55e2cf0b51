import { css } from 'lit';
import {
  colorBorder,
  colorFocus,
  colorLink,
  colorLinkHover,
  fontLineHeightNormal,
  focusRingOffset,
  focusRingWidth,
  fontWeightMedium,
  space2,
  space3,
  space4,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

export const linkGroupsStyles = [
  hostStyles,
  css`
    :host {
      display: block;
    }
    [part='base'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--qx-link-groups-gap, ${space4});
    }
  `,
];

export const linkGroupStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
      flex: 1 1 14em;
      min-width: 0;
      line-height: ${fontLineHeightNormal};
    }
    details {
      border: 1px solid var(--qx-link-groups-border-color, ${colorBorder});
      border-radius: 2px;
    }
    summary {
      padding: ${space2} ${space3};
      font-weight: ${fontWeightMedium};
      cursor: pointer;
    }
    [part='links'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${space2} ${space4};
      padding: 0 ${space3} ${space3};
      overflow-wrap: anywhere;
    }
    ::slotted(a) {
      color: var(--qx-link-groups-link-color, ${colorLink});
    }
    ::slotted(a:hover) {
      color: ${colorLinkHover};
    }
    ::slotted(a:focus-visible) {
      outline: ${focusRingWidth} solid ${colorFocus};
      outline-offset: ${focusRingOffset};
    }
  `,
];
