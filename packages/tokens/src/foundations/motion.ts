// Durations and easings, with samples a button plays.
import { html } from 'lit';
import { durations, easings, nameCell, table, valueCell } from './shared.js';

const togglePlaying = (event: Event) => {
  const button = event.currentTarget as HTMLButtonElement;
  const playing = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(playing));
  button.closest('.foundations')?.toggleAttribute('data-playing', playing);
};

export function motion() {
  const track = (style: string) =>
    html`<div class="track"><div class="dot" style=${style}></div></div>`;
  return html`
    <p>
      <button type="button" aria-pressed="false" @click=${togglePlaying}>
        Play the motion samples
      </button>
      <span class="note">With reduced motion, components skip these animations.</span>
    </p>
    ${table(
      'Durations (standard easing)',
      ['Token', 'Value', 'Sample'],
      durations.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>
              ${track(`transition-duration: var(${t.name}); transition-timing-function: var(--qx-motion-easing-standard)`)}
            </td>
          </tr>`,
      ),
    )}
    ${table(
      'Easings (slow duration)',
      ['Token', 'Value', 'Sample'],
      easings.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>
              ${track(`transition-duration: var(--qx-motion-duration-slow); transition-timing-function: var(${t.name})`)}
            </td>
          </tr>`,
      ),
    )}
  `;
}
