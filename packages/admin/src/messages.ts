/** The editor server's own words to a webmaster (upload refusals, write refusals), zh and en. */
export type Lang = 'zh' | 'en';

const en = {
  tooLarge:
    '{name}: the file is {size} MB; the largest allowed is {max} MB. Make it smaller and upload again.',
  badType:
    '{name}: only pictures (PNG, JPEG, WebP, SVG) and files (PDF, Word, Excel, PowerPoint, ZIP) can be uploaded',
  notWhatItSays:
    '{name}: the file’s content is not a {ending} file; save it again as {ending} and upload it',
  badSvg: '{name}: the SVG holds no picture once scripts and links to other files are removed',
  badPath: '{path}: the editor writes only the site’s articles, pages, settings and content/images',
  refused: 'Not saved: {problems}',
  bodyTooLarge: 'The request is larger than {max} MB',
  badRequest: 'The editor sent a request the server does not understand',
};
const zh: typeof en = {
  tooLarge: '{name}：文件大小 {size} MB，最多只能上传 {max} MB。请缩小后重新上传。',
  badType:
    '{name}：只能上传图片（PNG、JPEG、WebP、SVG）和文件（PDF、Word、Excel、PowerPoint、ZIP）',
  notWhatItSays: '{name}：文件内容不是 {ending} 文件；请重新另存为 {ending} 后再上传',
  badSvg: '{name}：去掉脚本和外部链接后，这个 SVG 里没有图像',
  badPath: '{path}：编辑器只写入网站的文章、页面、设置和 content/images',
  refused: '没有保存：{problems}',
  bodyTooLarge: '请求超过 {max} MB',
  badRequest: '编辑器发来的请求无法识别',
};

export type MessageKey = keyof typeof en;

export function say(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}) {
  const text = (lang === 'en' ? en : zh)[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The language of a request: the editor's interface sends its own (`X-Qiaoxin-Lang`). */
export const langOf = (header: string | string[] | undefined, fallback: Lang): Lang =>
  header === 'en' ? 'en' : header === 'zh' ? 'zh' : fallback;
