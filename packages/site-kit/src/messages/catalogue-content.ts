/**
 * Messages about the content types beyond plain articles: notices (通知公告) and special topics
 * (专题专栏), merged into the catalogue by catalogue.ts. Each says what is wrong and what to write.
 */
export const contentEn = {
  'date.until':
    '"{{value}}" is not a real date in the form YYYY-MM-DD (the last day on the home page)',
  'notice.only':
    '{{field}} is for notices: category "{{category}}" is not a notices section (give it "kind": "notices" in site.config.json, or remove {{field}})',
  'topic.unknown': 'topic "{{value}}" is not one of the site\'s topics ({{list}})',
  'topic.twice': 'topic "{{id}}" is listed twice: remove or rename one of them',
  'topic.noSize':
    'the banner must be a picture whose size can be read (PNG, JPEG, GIF, WebP, or an SVG with width and height)',
  'topic.folder':
    'category "topics" would share its URL /topics/ with the topic pages: give the category another id',
};

export const contentZh: Record<keyof typeof contentEn, string> = {
  'date.until': '“{{value}}”不是 YYYY-MM-DD 格式的真实日期（在首页显示的最后一天）',
  'notice.only':
    '{{field}} 只用于通知公告：栏目“{{category}}”不是通知公告栏目（在 site.config.json 中给它加上 "kind": "notices"，或删去 {{field}}）',
  'topic.unknown': '专题“{{value}}”不是本站的专题（{{list}}）',
  'topic.twice': '专题“{{id}}”列了两次：请删除或改名其中一个',
  'topic.noSize': '横幅图片必须能读出尺寸（PNG、JPEG、GIF、WebP，或带 width 和 height 的 SVG）',
  'topic.folder': '栏目“topics”会和专题页面共用网址 /topics/：请给这个栏目换一个代号',
};
