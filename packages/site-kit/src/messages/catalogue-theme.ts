/**
 * Messages about theme.json and site.config.json's own rules (site/schemas.ts, site/config.ts),
 * merged into the catalogue by catalogue.ts. A message says what is wrong and how to put it
 * right: the nearest colour that passes, an example of a value that is accepted.
 */
export const themeEn = {
  'theme.schemaString': 'must be a string (the path or URL of theme.schema.json)',
  'theme.unknownField': 'is not a theme field: use {{keys}} or a --qx-* token',
  'theme.string': 'must be a string: put the value in quotes',
  'theme.notColour':
    '{{json}} is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
  'theme.needsPrimary': 'must come with a primary colour ("primary": "#rrggbb")',
  'theme.notToken': 'is not a token of @qiaoxin/tokens (its families: {{families}})',
  'theme.badValue': '{{json}} is not {{kind}}',
  'theme.kind.color': 'a colour (like "#c8102e" or "teal")',
  'theme.kind.dimension': 'a length (like 4px, 0.5rem or 0)',
  'theme.kind.duration': 'a duration (like 150ms)',
  'theme.kind.cubicBezier': 'a timing function (like ease or cubic-bezier(0.2, 0, 0, 1))',
  'theme.kind.fontFamily': "a list of fonts (like 'Noto Sans SC', sans-serif)",
  'theme.kind.fontWeight': 'a font weight (like 400 or bold)',
  'theme.kind.number': 'a number (like 1.5)',
  // The contrast check (theme/contrast.ts): a pair of colours, its ratio, and the fix.
  'theme.pair': '{{fg}} on {{bg}}',
  'theme.pairElder': 'elder mode: {{fg}} on {{bg}}',
  'theme.contrast':
    '{{pair}} is {{ratio}}:1, needs {{min}}:1 — nearest passing colour: {{nearest}}',
  'theme.contrastNone': '{{pair}} is {{ratio}}:1, needs {{min}}:1 — no colour of this hue passes',
  // The colour tokens as the contrast message names them (in Chinese with the token's name).
  'colour.primary': 'primary',
  'colour.primary-hover': 'primary-hover',
  'colour.on-primary': 'on-primary',
  'colour.text': 'text',
  'colour.text-muted': 'text-muted',
  'colour.surface': 'surface',
  'colour.surface-subtle': 'surface-subtle',
  'colour.border': 'border',
  'colour.divider': 'divider',
  'colour.link': 'link',
  'colour.link-hover': 'link-hover',
  'colour.focus': 'focus',
  // site.config.json beyond its field types (site/schemas.ts, site/config.ts)
  'config.basePath':
    'must be "/" or folder names between slashes, like "/jinshan/" or "/sites/jinshan/" (letters, digits, - _ . ~ only; no "." or ".." folders)',
  'config.idFolder':
    'id "{{id}}" must match the folder name "{{folder}}": write "{{folder}}", or rename the folder',
  'config.twice': 'category "{{id}}" is listed twice: remove or rename one of them',
};

export const themeZh: Record<keyof typeof themeEn, string> = {
  'theme.schemaString': '应当是文字（theme.schema.json 的路径或网址）',
  'theme.unknownField': '不是主题的字段：请用 {{keys}}，或以 --qx- 开头的设计变量',
  'theme.string': '应当是文字：请给值加上引号',
  'theme.notColour': '“{{value}}”不是颜色（请写成 "#c8102e"、"teal" 或 "rgb(0 96 107)" 这样）',
  'theme.needsPrimary': '必须和主色一起写（"primary": "#rrggbb"）',
  'theme.notToken': '不是 @qiaoxin/tokens 的设计变量（可用的系列：{{families}}）：请检查拼写',
  'theme.badValue': '“{{value}}”不是{{kind}}',
  'theme.kind.color': '颜色（例如 "#c8102e" 或 "teal"）',
  'theme.kind.dimension': '长度（例如 4px、0.5rem 或 0）',
  'theme.kind.duration': '时长（例如 150ms）',
  'theme.kind.cubicBezier': '动画缓动（例如 ease 或 cubic-bezier(0.2, 0, 0, 1)）',
  'theme.kind.fontFamily': "字体列表（例如 'Noto Sans SC', sans-serif）",
  'theme.kind.fontWeight': '字重（例如 400 或 bold）',
  'theme.kind.number': '数字（例如 1.5）',
  'theme.pair': '{{fg}}在{{bg}}上',
  'theme.pairElder': '适老化模式下，{{fg}}在{{bg}}上',
  'theme.contrast':
    '对比度不足：{{pair}}只有 {{ratio}}:1，至少需要 {{min}}:1；请改用最接近的合格颜色 {{nearest}}',
  'theme.contrastNone':
    '对比度不足：{{pair}}只有 {{ratio}}:1，至少需要 {{min}}:1；这个色相调深调浅都不合格，请换一种颜色',
  'colour.primary': '主色（primary）',
  'colour.primary-hover': '主色悬停（primary-hover）',
  'colour.on-primary': '主色上的文字（on-primary）',
  'colour.text': '正文（text）',
  'colour.text-muted': '次要文字（text-muted）',
  'colour.surface': '页面背景（surface）',
  'colour.surface-subtle': '浅色背景（surface-subtle）',
  'colour.border': '边框（border）',
  'colour.divider': '分隔线（divider）',
  'colour.link': '链接（link）',
  'colour.link-hover': '链接悬停（link-hover）',
  'colour.focus': '焦点框（focus）',
  'config.basePath':
    '应当是 "/"，或用斜杠隔开的文件夹名，例如 "/jinshan/" 或 "/sites/jinshan/"（只能用字母、数字和 - _ . ~，不能有 "." 或 ".." 文件夹）',
  'config.idFolder':
    'id“{{id}}”必须与文件夹名“{{folder}}”相同：请改成 "{{folder}}"，或给文件夹改名',
  'config.twice': '栏目“{{id}}”列了两次：请删除或改名其中一个',
};
