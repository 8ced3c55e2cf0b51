// A style for the tests and the stories alike (it imports lit alone, so the stories can take it
// without pulling in the test libraries).
import { html } from 'lit';

/**
 * Hides an element of class visually-hidden from sight, not from screen readers (a language's
 * full name beside its short label), as the sites' own style sheet does.
 */
export const visuallyHiddenStyle = html`
  <style>
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  </style>
`;
