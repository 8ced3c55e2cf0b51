import { QxTopicBanner } from './topic-banner/qx-topic-banner.js';
import { defineElement } from './internal/define.js';

export { QxTopicBanner };

defineElement('qx-topic-banner', QxTopicBanner);

declare global {
  interface HTMLElementTagNameMap {
    'qx-topic-banner': QxTopicBanner;
  }
}
