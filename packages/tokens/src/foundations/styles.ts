// The foundations pages' own stylesheet, drawn with the tokens it shows.
import { html } from 'lit';

export const styles = html`<style>
  .foundations {
    font-family: var(--qx-font-family-sans);
    color: var(--qx-color-text);
    max-inline-size: 72rem;
  }
  .foundations table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-end: var(--qx-space-8);
  }
  .foundations caption {
    text-align: start;
    font-size: var(--qx-font-size-xl);
    font-weight: var(--qx-font-weight-bold);
    padding-block: var(--qx-space-2);
  }
  .foundations th,
  .foundations td {
    text-align: start;
    vertical-align: top;
    padding: var(--qx-space-2) var(--qx-space-3);
    border-block-end: 1px solid var(--qx-color-divider);
    font-weight: var(--qx-font-weight-regular);
  }
  .foundations thead th {
    font-weight: var(--qx-font-weight-bold);
  }
  .foundations .note {
    color: var(--qx-color-text-muted);
  }
  .swatch {
    inline-size: 4rem;
    block-size: 2.5rem;
    border: 1px solid var(--qx-color-border);
    border-radius: var(--qx-radius-md);
  }
  .pair {
    inline-size: 4rem;
    padding: var(--qx-space-2);
    border: 1px solid var(--qx-color-border);
    border-radius: var(--qx-radius-md);
  }
  .pair > div {
    block-size: 1.5rem;
    border-radius: var(--qx-radius-sm);
  }
  .bar {
    block-size: 1rem;
    background: var(--qx-color-primary);
  }
  .box {
    inline-size: 4rem;
    block-size: 4rem;
    border: var(--qx-border-width-thin) solid var(--qx-color-border);
    background: var(--qx-color-surface-subtle);
  }
  .track {
    inline-size: 16rem;
    block-size: 1.5rem;
    position: relative;
    background: var(--qx-color-surface-subtle);
    border-radius: var(--qx-radius-pill);
  }
  .dot {
    position: absolute;
    inset-block: 0;
    inline-size: 1.5rem;
    border-radius: var(--qx-radius-pill);
    background: var(--qx-color-primary);
    transition-property: transform;
  }
  [data-playing] .dot {
    transform: translateX(14.5rem);
  }
  .foundations button {
    font: inherit;
    padding: var(--qx-space-2) var(--qx-space-4);
    border: 1px solid var(--qx-color-primary);
    border-radius: var(--qx-radius-md);
    background: var(--qx-color-primary);
    color: var(--qx-color-on-primary);
    cursor: pointer;
  }
  .foundations :focus-visible {
    outline: var(--qx-focus-ring-width) solid var(--qx-color-focus);
    outline-offset: var(--qx-focus-ring-offset);
  }
</style>`;
