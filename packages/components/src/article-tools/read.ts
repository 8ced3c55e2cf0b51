// Reading aloud for <qx-article-tools> when no toolbar claims 朗读全文, loaded on first use:
// the speech module and the messages about it.
import { registerStrings } from '@qiaoxin/i18n';
import { SpeechReader } from '../a11y-toolbar/speech.js';
import { articleToolsMoreStrings } from './more-strings.js';
import type { QxArticleTools } from './qx-article-tools.js';

registerStrings(articleToolsMoreStrings);

const said = { idle: 'stopped', playing: 'reading', paused: 'paused' } as const;

/**
 * Reads `root` aloud for `host` with `reader` (made, and tied to the host's state, the first
 * time). The host shows playing / paused / idle, and the reason when it cannot read: it never
 * fails silently.
 */
export function readAloud(
  host: QxArticleTools,
  root: Element,
  reader?: SpeechReader,
): SpeechReader {
  if (!reader) {
    reader = new SpeechReader();
    const tied = reader;
    tied.addEventListener('statechange', () => {
      host._reading = tied.state;
      host._message = said[tied.state];
    });
  }
  void reader.readAll(root).then((result) => {
    if (!result.ok) host._message = result.reason == 'unsupported' ? 'unsupported' : 'noVoice';
  });
  return reader;
}
