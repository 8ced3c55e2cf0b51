/**
 * `qiaoxin-site import`'s words (import/*.ts): why a saved page was skipped, what was written and
 * copied, and what the webmaster does next. Merged into the catalogue by catalogue.ts.
 */
export const importEn = {
  'import.needsFolder':
    'qiaoxin-site import needs the folder of saved pages: qiaoxin-site import <folder> --site sites/<id>',
  'import.noFolder': '{{folder}} is not a folder of saved pages (no such folder)',
  'import.notSite':
    '{{site}} is not a site folder: it has no site.config.json (give it with --site sites/<id>)',
  'import.badConfig':
    '{{site}}/site.config.json cannot be read: {{why}}; fix it first (qiaoxin-site build says where)',
  'import.mapShape': 'must hold a JSON object { "old column name": "category-id", … }',
  'import.mapId': '"{{column}}": {{id}} is not a category id (lower-case letters, digits and -)',
  'import.why.link': 'is a symbolic link: not followed',
  'import.why.tooBig': 'is {{size}} MB, larger than the {{max}} MB a saved page may be',
  'import.why.unreadable': 'cannot be read ({{why}})',
  'import.why.notHtml': 'is not an HTML page',
  'import.why.edition': 'is a language edition of {{url}}: the original is imported instead',
  'import.why.noTitle': 'has no title (no ArticleTitle meta tag, <h1> or <title>)',
  'import.why.noDate':
    'has no publish date (no PubDate meta tag or 发布时间 line): not an article page?',
  'import.why.badDate': 'has the date "{{value}}", which is not a real date',
  'import.why.noColumn': 'has no column (no ColumnName meta tag or 您的当前位置 trail)',
  'import.why.duplicate': 'has the same title and date as {{other}}: a duplicate',
  'import.why.exists': 'is already in the site as {{file}} (--force replaces it)',
  'import.why.unwritable': 'could not be written: {{why}}',
  'import.planHeader': 'Plan (--dry-run: nothing is written):',
  'import.wrote': '  + {{file}} ← {{from}} ({{column}} → {{category}})',
  'import.replaced': '  ! {{file}} replaced (--force) ← {{from}} ({{column}} → {{category}})',
  'import.wouldWrite': '  + {{file}} ← {{from}} ({{column}} → {{category}})',
  'import.notFound': '      not found: {{fields}}',
  'import.field.author': 'author (作者)',
  'import.field.source': 'source (来源)',
  'import.field.text': 'main text',
  'import.comma': ', ',
  'import.left.picture': '      picture "{{url}}" left out: {{why}}',
  'import.left.file': '      attachment "{{url}}" left out (its link text kept): {{why}}',
  'import.left.link': '      link "{{url}}" left out (its text kept): {{why}}',
  'import.leftWhy.missing': 'it is not in the saved pages',
  'import.leftWhy.remote': 'it is on another site (a portal shows only its own pictures)',
  'import.leftWhy.unsafe': 'it is not a web address (javascript:, data:, file: …)',
  'import.leftWhy.notKind': 'its content is not of the kind its name says',
  'import.leftWhy.tooBig': 'it is larger than a portal publishes',
  'import.leftWhy.noAddress':
    "it leads to a page not imported, and the old site's address is unknown",
  'import.copied': '  + {{file}}',
  'import.wouldCopy': '  + {{file}}',
  'import.skipped': '  - {{from}} skipped: it {{why}}',
  'import.summary':
    '{{imported}} article(s) imported, {{skipped}} page(s) skipped, {{assets}} file(s) copied',
  'import.summaryDry':
    'would import {{imported}} article(s), skip {{skipped}} page(s), copy {{assets}} file(s); nothing was written',
  'import.proposed':
    'Columns not in {{map}}: the ids proposed for them are in {{file}}. Check them, then save that file as {{map}}:',
  'import.proposedDry': 'Columns not in {{map}}, with the ids that would be proposed:',
  'import.addCategories':
    'Next: add these sections to "categories" in site.config.json (the imported articles use them; the build refuses them until then):',
  'import.thenBuild': 'Then run qiaoxin-site build to check the imported articles.',
};

export const importZh: Record<keyof typeof importEn, string> = {
  'import.needsFolder':
    'qiaoxin-site import 需要保存旧网站网页的文件夹：qiaoxin-site import <文件夹> --site sites/<网站>',
  'import.noFolder': '{{folder}} 不是保存网页的文件夹（文件夹不存在）',
  'import.notSite':
    '{{site}} 不是网站文件夹：里面没有 site.config.json（请用 --site sites/<网站> 指定）',
  'import.badConfig':
    '无法读取 {{site}}/site.config.json：{{why}}；请先改正（qiaoxin-site build 会指出位置）',
  'import.mapShape': '应当包含一个 JSON 对象 { "旧栏目名": "栏目id", … }',
  'import.mapId': '“{{column}}”：{{id}} 不是栏目 id（只能用小写字母、数字和 -）',
  'import.why.link': '是符号链接：不跟随',
  'import.why.tooBig': '有 {{size}} MB，超过了保存网页的上限 {{max}} MB',
  'import.why.unreadable': '无法读取（{{why}}）',
  'import.why.notHtml': '不是 HTML 网页',
  'import.why.edition': '是 {{url}} 的另一语言版本：导入原文即可',
  'import.why.noTitle': '没有标题（没有 ArticleTitle 元标签、<h1> 或 <title>）',
  'import.why.noDate': '没有发布时间（没有 PubDate 元标签或“发布时间”一行）：不是文章页面？',
  'import.why.badDate': '日期“{{value}}”不是真实的日期',
  'import.why.noColumn': '没有栏目（没有 ColumnName 元标签或“您的当前位置”一行）',
  'import.why.duplicate': '与 {{other}} 的标题和日期相同：是重复的文章',
  'import.why.exists': '已经导入为 {{file}}（--force 会覆盖它）',
  'import.why.unwritable': '无法写入：{{why}}',
  'import.planHeader': '导入计划（--dry-run：不写入任何文件）：',
  'import.wrote': '  + {{file}} ← {{from}}（{{column}} → {{category}}）',
  'import.replaced': '  ! {{file}} 已覆盖（--force）← {{from}}（{{column}} → {{category}}）',
  'import.wouldWrite': '  + {{file}} ← {{from}}（{{column}} → {{category}}）',
  'import.notFound': '      没有找到：{{fields}}',
  'import.field.author': '作者（author）',
  'import.field.source': '来源（source）',
  'import.field.text': '正文',
  'import.comma': '、',
  'import.left.picture': '      图片“{{url}}”没有导入：{{why}}',
  'import.left.file': '      附件“{{url}}”没有导入（保留了链接文字）：{{why}}',
  'import.left.link': '      链接“{{url}}”已去掉（保留了文字）：{{why}}',
  'import.leftWhy.missing': '保存的网页里没有这个文件',
  'import.leftWhy.remote': '它在别的网站上（门户只显示本站的图片）',
  'import.leftWhy.unsafe': '它不是网址（javascript:、data:、file: 等）',
  'import.leftWhy.notKind': '文件内容与扩展名不符',
  'import.leftWhy.tooBig': '文件超过了门户发布的大小上限',
  'import.leftWhy.noAddress': '它指向没有导入的页面，而旧网站的网址不明',
  'import.copied': '  + {{file}}',
  'import.wouldCopy': '  + {{file}}',
  'import.skipped': '  - {{from}} 已跳过：{{why}}',
  'import.summary': '导入了 {{imported}} 篇文章，跳过 {{skipped}} 个网页，复制了 {{assets}} 个文件',
  'import.summaryDry':
    '将导入 {{imported}} 篇文章，跳过 {{skipped}} 个网页，复制 {{assets}} 个文件；没有写入任何文件',
  'import.proposed':
    '{{map}} 里没有的栏目：建议的 id 已写入 {{file}}。请核对后把它另存为 {{map}}：',
  'import.proposedDry': '{{map}} 里没有的栏目，以及将会建议的 id：',
  'import.addCategories':
    '下一步：请把这些栏目加进 site.config.json 的 "categories"（导入的文章用到了它们；加上之前构建会报错）：',
  'import.thenBuild': '然后运行 qiaoxin-site build 检查导入的文章。',
};
