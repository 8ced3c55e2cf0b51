/**
 * site-kit's own messages to a webmaster, in English and in simplified Chinese (the default of
 * the CLI). One flat key per message; `{{name}}` is filled in by `t()`. The Chinese texts use
 * full-width punctuation; file names, field paths and quoted values stay as the webmaster wrote
 * them, so a message can be searched for in the file. `zh` must have every key of `en`: the
 * type says so.
 */
import { cliEn, cliZh } from './catalogue-cli.js';
import { contentEn, contentZh } from './catalogue-content.js';
import { importEn, importZh } from './catalogue-import.js';
import { outputEn, outputZh } from './catalogue-output.js';
import { themeEn, themeZh } from './catalogue-theme.js';
import { themeEditorEn, themeEditorZh } from './catalogue-theme-editor.js';

const coreEn = {
  // YAML and JSON syntax (locate.ts, front-matter.ts, yaml-hints.ts)
  'yaml.fullWidthColon':
    '"{{key}}：" uses a full-width colon "：" (the Chinese keyboard\'s); write an ASCII colon and a space: {{fixed}}',
  'yaml.quoteBracket':
    'the value of {{key}} starts with "{{mark}}", which YAML reads as a list or an object; put the value in quotes: {{fixed}}',
  'yaml.quoteColon':
    'the value of {{key}} contains ": ", which YAML reads as another field; put the value in quotes: {{fixed}}',
  'syntax.yaml': 'front matter is not valid YAML: {{detail}}',
  'syntax.json': 'not valid JSON: {{detail}}',
  'syntax.tooDeep':
    'is nested more than {{max}} levels deep (lists or objects inside each other); no site file needs that many',
  'syntax.aliases':
    'uses aliases (*name) that expand to too much text; write the values out instead',
  'frontMatter.missing': 'must start with front matter between --- lines',
  'frontMatter.unclosed': 'front matter is not closed by a --- line',
  'json.empty': 'is empty: it must hold a JSON object {…}',
  'json.notObject': 'must hold a JSON object {…}, not {{kind}}',
  // zod issues (zod-words.ts) and the kinds of values they name (read-text.ts)
  'field.unknown': '{{path}} is not a known field',
  'field.oneOf': '{{path}} must be one of {{values}}',
  'field.required': '{{path}} is required',
  'field.type': '{{path}} must be {{expected}}, not {{actual}}',
  'field.theFile': 'the file',
  'field.empty': 'must not be empty',
  'field.id': 'must be lower-case letters, digits and -',
  'field.noCategory': 'must list at least one category',
  'field.errorReport': 'must be a web address (https://…) or an email address (mailto:…)',
  'field.webAddress': 'must be a web address starting with https:// (or http://)',
  'date.type': 'must be a date: YYYY-MM-DD or YYYY-MM-DD HH:mm',
  'date.invalid': '"{{value}}" is not a real date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm',
  'kind.string': 'text in quotes',
  'kind.number': 'a number',
  'kind.boolean': 'true or false',
  'kind.array': 'a list […]',
  'kind.object': 'an object {…}',
  'kind.objectPlain': 'an object',
  // Site checks (articles.ts, links.ts, stats.ts, read-text.ts, site-files.ts, placeholders.ts)
  'check.category': 'category "{{value}}" is not one of the site\'s categories ({{list}})',
  'check.link': 'link "{{url}}" is not a page of this site{{hint}}',
  'check.navLink': '{{path}} "{{url}}" is not a page of this site{{hint}}',
  'check.otherSite': ' (a link to another site starts with https://)',
  'check.statsGroup': 'stats: "{{group}}" is not a group in content/data/stats.json ({{list}})',
  'check.none': 'none',
  'check.slugName': 'file name must be lower-case letters, digits and - (it is the URL)',
  'check.slugYear':
    'file name must not be a year alone: /<section>/{{slug}}/ is the section’s yearly archive; add a word, e.g. {{slug}}-review',
  'check.sameUrl': 'has the same URL /{{slug}}/ as {{other}}: rename or remove one of them',
  'check.articleFolder':
    'is a folder and is not read: articles are Markdown files directly in content/articles',
  'check.notMarkdown': 'is not read: articles are Markdown files ending in .md or .markdown',
  'read.missing': 'file is missing',
  'read.unreadable': 'could not be read ({{reason}})',
  'read.folder': 'is a folder, not a file',
  'read.notRegular': 'is not a regular file',
  'read.tooBig': 'is {{size}}, larger than the {{max}} a site file may be',
  'read.permission': 'permission denied',
  'read.isFolder': 'it is a folder',
  'file.logo': 'logo',
  'file.image': 'image',
  'file.siteFolder': 'the site folder',
  'file.problem': '{{label}} "{{written}}" {{text}}',
  'file.badAddress': 'is not a valid file address (check the % signs in it)',
  'file.backslash': 'must use / between folders, not \\',
  'file.outside': 'is outside {{folder}}: put the file in {{home}}',
  'file.hidden': 'is a hidden file (its name or folder starts with "."): it is never published',
  'file.kind': 'must be {{kinds}} file: only pictures are published',
  'file.or': '{{list}} or {{last}}',
  'file.missing': 'does not exist',
  'file.missingUrl': 'does not exist (paths are relative to content/)',
  'file.cannotRead': 'cannot be read ({{reason}})',
  'file.linkOutside': 'is a link to a file outside {{folder}}: copy the file itself into {{home}}',
  'file.tooBig': 'is {{size}} MB; the limit for {{label}}s is {{max}} MB: make it smaller',
  'file.misnamed':
    'is named {{ending}} but is really {{kind}} picture: rename it to end in {{fix}}',
  'file.notPicture':
    'is named {{ending}} but is not {{kind}} picture inside (another kind of file renamed?)',
  'file.badSvg': 'is not a valid SVG picture',
  'file.folder': 'is a folder, not a file',
  'file.device': 'is not an ordinary file (it is a device or a pipe)',
  // Attachments, videos and captions (site-assets.ts, reader.ts)
  'asset.attachment': 'attachment',
  'asset.video': 'video',
  'asset.captions': 'captions',
  'asset.poster': 'poster',
  'asset.outside':
    'is not in {{home}}: put the file there (a link to a page of this site starts with /)',
  'asset.kind': 'must be a file ending in {{kinds}}',
  'asset.content': 'ends in {{ending}} but is not a {{kind}} file (was another file renamed?)',
  'syntax.video': 'the video block is not valid YAML: {{detail}}',
  'video.notFields': 'the video block must hold fields such as src: media/talk.mp4',
  'video.noCaptions':
    'video "{{src}}" has no captions: add a WebVTT file (captions: media/….vtt) so readers who cannot hear it can follow',
  'config.banner': 'banner',
  'config.wechatQr': 'WeChat QR code',
  'placeholder.field': '{{path}} is still a placeholder: "{{value}}"',
  'placeholder.line': 'still a placeholder: "{{text}}"',
  'placeholder.siteUrl': 'siteUrl "{{url}}" is an example address, not the portal\'s own',
  // The CLI (cli.ts, problems.ts)
  'cli.warning': 'warning: {{text}}',
  'cli.placeholders':
    '{{count}} placeholder(s) or warning(s) left: fix them; `--strict` refuses to build with them',
  'cli.built': '{{pages}} pages → {{out}} in {{seconds}} s',
  'cli.problem': '{{count}} problem in the site folder',
  'cli.problems': '{{count}} problems in the site folder',
  'cli.badLang': '--lang "{{value}}" is not a language of these messages: use zh or en',
};

const coreZh: Record<keyof typeof coreEn, string> = {
  'yaml.fullWidthColon':
    '“{{key}}：”用了全角冒号“：”（中文输入法的默认）；请改成英文冒号加一个空格：{{fixed}}',
  'yaml.quoteBracket':
    '{{key}} 的值以“{{mark}}”开头，YAML 会把它当作列表或对象；请给值加上引号：{{fixed}}',
  'yaml.quoteColon':
    '{{key}} 的值里有“: ”（冒号加空格），YAML 会把它当作另一个字段；请给值加上引号：{{fixed}}',
  'syntax.yaml': '开头的 front matter 不是有效的 YAML：{{detail}}',
  'syntax.json': '不是有效的 JSON：{{detail}}',
  'syntax.tooDeep': '嵌套超过 {{max}} 层（列表或对象层层相套）；网站文件不需要这么多层',
  'syntax.aliases': '用了展开后过长的别名（*name）；请直接写出这些值',
  'frontMatter.missing': '必须以两行 --- 之间的 front matter 开头',
  'frontMatter.unclosed': 'front matter 缺少结尾的 --- 行',
  'json.empty': '是空文件：应当包含一个 JSON 对象 {…}',
  'json.notObject': '应当包含一个 JSON 对象 {…}，而不是 {{kind}}',
  'field.unknown': '{{path}} 不是可用的字段',
  'field.oneOf': '{{path}} 只能是 {{values}} 之一',
  'field.required': '缺少必填字段 {{path}}',
  'field.type': '{{path}} 应当是 {{expected}}，而不是 {{actual}}',
  'field.theFile': '文件内容',
  'field.empty': '不能为空',
  'field.id': '只能用小写字母、数字和 -',
  'field.noCategory': '至少要列出一个栏目',
  'field.errorReport': '应当是网址（https://…）或电子邮件地址（mailto:…）',
  'field.webAddress': '必须是以 https://（或 http://）开头的网址',
  'date.type': '应当是日期：YYYY-MM-DD 或 YYYY-MM-DD HH:mm',
  'date.invalid': '“{{value}}”不是 YYYY-MM-DD 或 YYYY-MM-DD HH:mm 格式的真实日期',
  'kind.string': '带引号的文字',
  'kind.number': '数字',
  'kind.boolean': 'true 或 false',
  'kind.array': '列表 […]',
  'kind.object': '对象 {…}',
  'kind.objectPlain': '对象',
  'check.category': 'category “{{value}}”不是本站的栏目（{{list}}）',
  'check.link': '链接“{{url}}”不是本站的页面{{hint}}',
  'check.navLink': '{{path}} “{{url}}”不是本站的页面{{hint}}',
  'check.otherSite': '（链接到其他网站须以 https:// 开头）',
  'check.statsGroup': 'stats：“{{group}}”不是 content/data/stats.json 里的分组（{{list}}）',
  'check.none': '无',
  'check.slugName': '文件名只能用小写字母、数字和 -（它就是网址）',
  'check.slugYear':
    '文件名不能只是年份：/栏目/{{slug}}/ 是栏目的年份归档页；请加上文字，例如 {{slug}}-review',
  'check.sameUrl': '与 {{other}} 的网址 /{{slug}}/ 相同：请改名或删除其中一个',
  'check.articleFolder':
    '是文件夹，不会被读取：文章应是直接放在 content/articles 里的 Markdown 文件',
  'check.notMarkdown': '不会被读取：文章应是以 .md 或 .markdown 结尾的 Markdown 文件',
  'read.missing': '文件不存在',
  'read.unreadable': '无法读取（{{reason}}）',
  'read.folder': '是文件夹，不是文件',
  'read.notRegular': '不是普通文件',
  'read.tooBig': '有 {{size}}，超过了网站文件的上限 {{max}}',
  'read.permission': '没有权限',
  'read.isFolder': '它是文件夹',
  'file.logo': '标志（logo）',
  'file.image': '图片',
  'file.siteFolder': '网站文件夹',
  'file.problem': '{{label}}“{{written}}”{{text}}',
  'file.badAddress': '不是有效的文件地址（请检查其中的 % 号）',
  'file.backslash': '文件夹之间必须用 /，不能用 \\',
  'file.outside': '在 {{folder}} 之外：请把文件放进 {{home}}',
  'file.hidden': '是隐藏文件（文件名或文件夹名以“.”开头）：不会被发布',
  'file.kind': '必须是 {{kinds}} 文件：只发布图片',
  'file.or': '{{list}} 或 {{last}}',
  'file.missing': '不存在',
  'file.missingUrl': '不存在（路径相对于 content/）',
  'file.cannotRead': '无法读取（{{reason}}）',
  'file.linkOutside': '是指向 {{folder}} 之外文件的链接：请把文件本身复制到 {{home}}',
  'file.tooBig': '有 {{size}} MB，{{label}}的上限是 {{max}} MB：请把它缩小',
  'file.misnamed': '扩展名是 {{ending}}，实际却是 {{kind}} 图片：请改成以 {{fix}} 结尾',
  'file.notPicture': '扩展名是 {{ending}}，内容却不是 {{kind}} 图片（是别的文件改了名吗？）',
  'file.badSvg': '不是有效的 SVG 图片',
  'file.folder': '是文件夹，不是文件',
  'file.device': '不是普通文件（是设备或管道）',
  'asset.attachment': '附件',
  'asset.video': '视频',
  'asset.captions': '字幕',
  'asset.poster': '封面',
  'asset.outside': '不在 {{home}} 里：请把文件放进去（本站页面的链接以 / 开头）',
  'asset.kind': '必须是以 {{kinds}} 结尾的文件',
  'asset.content': '扩展名是 {{ending}}，内容却不是 {{kind}} 文件（是别的文件改了名吗？）',
  'syntax.video': '视频块不是有效的 YAML：{{detail}}',
  'video.notFields': '视频块里必须写字段，例如 src: media/talk.mp4',
  'video.noCaptions':
    '视频“{{src}}”没有字幕：请加上 WebVTT 字幕文件（captions: media/….vtt），方便听不到声音的读者',
  'config.banner': '页头横幅（banner）',
  'config.wechatQr': '微信公众号二维码',
  'placeholder.field': '{{path}} 仍是占位内容：“{{value}}”',
  'placeholder.line': '仍是占位内容：“{{text}}”',
  'placeholder.siteUrl': 'siteUrl“{{url}}”是示例地址，不是门户自己的地址',
  'cli.warning': '提醒：{{text}}',
  'cli.placeholders':
    '还有 {{count}} 处占位内容或提醒：请处理；`--strict` 在有占位内容或提醒时拒绝构建',
  'cli.built': '{{pages}} 个页面 → {{out}}，用时 {{seconds}} 秒',
  'cli.problem': '网站文件夹里有 {{count}} 个问题',
  'cli.problems': '网站文件夹里有 {{count}} 个问题',
  'cli.badLang': '--lang “{{value}}”不是可用的消息语言：请用 zh 或 en',
};

/** Every message: the core ones above and, each in its own file, the output folder's and the
 * file system's, theme.json's, the CLI's, the theme editor's, the content types' and the
 * import's. */
export const en = {
  ...coreEn,
  ...outputEn,
  ...themeEn,
  ...cliEn,
  ...themeEditorEn,
  ...contentEn,
  ...importEn,
};
export type MessageKey = keyof typeof en;
export const zh: Record<MessageKey, string> = {
  ...coreZh,
  ...outputZh,
  ...themeZh,
  ...cliZh,
  ...themeEditorZh,
  ...contentZh,
  ...importZh,
};
