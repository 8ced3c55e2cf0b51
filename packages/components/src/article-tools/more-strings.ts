import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/**
 * `<qx-article-tools>`: the strings of what loads on first use (the share panel, reading
 * aloud), registered by those modules, so the element itself does not carry them.
 */
export const articleToolsMoreStrings = {
  group: 'articleToolsMore',
  'zh-CN': {
    pause: '暂停朗读',
    resume: '继续朗读',
    stop: '停止朗读',
    reading: '正在朗读',
    paused: '已暂停朗读',
    stopped: '朗读已停止',
    noVoice: '此浏览器没有朗读该语言的语音，无法朗读。',
    unsupported: '此浏览器不支持语音朗读。',
    wechat: '微信扫一扫，分享给朋友',
    weibo: '分享到微博',
    qq: '分享到 QQ',
    newTab: '（在新窗口打开）',
    copy: '复制链接',
    copied: '链接已复制。',
    copyFailed: '无法自动复制，请手动复制链接：',
  },
  en: {
    pause: 'Pause reading',
    resume: 'Resume reading',
    stop: 'Stop reading',
    reading: 'Reading aloud',
    paused: 'Reading paused',
    stopped: 'Reading stopped',
    noVoice: 'This browser has no voice for this language, so it cannot read the article aloud.',
    unsupported: 'This browser cannot read aloud.',
    wechat: 'Scan with WeChat to share',
    weibo: 'Share on Weibo',
    qq: 'Share on QQ',
    newTab: '(opens in a new tab)',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy automatically. Copy the link by hand:',
  },
  loadZhHant,
} as const satisfies Strings;
