// Durations and easings, with samples a button plays.
import { html } from 'lit';
import { durations, easings, groupTable } from './shared.js';

const togglePlaying = (event: Event) => {
  const button = event.currentTarget as HTMLButtonElement;
  const playing = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(playing));
  button.closest('.foundations')?.toggleAttribute('data-playing', playing);
};

export function motion() {
  const track = (style: string) =>
    html`<td>
      <div class="track"><div class="dot" style=${style}></div></div>
    </td>`;
  return html`
    <p>
      <button type="button" aria-pressed="false" @click=${togglePlaying}>
        Play the motion samples
      </button>
      <span class="note">With reduced motion, components skip these animations.</span>
    </p>
    ${groupTable('Durations (standard easing)', ['Token', 'Value', 'Sample'], durations, (t) =>
      track(
        `transition-duration: var(${t.name}); transition-timing-function: var(--qx-motion-easing-standard)`,
      ),
    )}
    ${groupTable('Easings (slow duration)', ['Token', 'Value', 'Sample'], easings, (t) =>
      track(
        `transition-duration: var(--qx-motion-duration-slow); transition-timing-function: var(${t.name})`,
      ),
    )}
  `;
}
