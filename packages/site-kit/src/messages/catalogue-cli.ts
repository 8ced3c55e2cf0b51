/**
 * The CLI's own words (cli.ts, cli-args.ts, build.ts, dev.ts; import's are in catalogue-import.ts): its help, its refusal of a
 * command line it does not understand, and what a build or dev server says while it works.
 * Merged into the catalogue by catalogue.ts.
 */
export const cliEn = {
  'cli.usage': `Usage:
  qiaoxin-site build [site folder] [--out <folder>]   build a portal (default: ./ into ./dist)
      [--strict]            for publishing: refuse while a placeholder (待填写) is left
  qiaoxin-site dev [site folder] [--port <n>]         serve it with reload on every change
      [--watch <folder>]…   also rebuild when a package source folder changes
  qiaoxin-site admin [site folder] [--port <n>]       edit it in the browser (--port 0: any free port)
  qiaoxin-site import <saved pages> [--site <folder>] bring an old site's article pages over
      [--map <file>]        old column names → category ids (default: import-map.json in the site)
      [--dry-run]           print the plan, write nothing
      [--force]             replace articles imported before

  --out   a new or empty folder, or one a previous build wrote; never the site folder,
          a folder inside it other than dist, or a folder around it
  --lang  zh or en: the language of messages (default: the system locale, LANG; Chinese
          unless it is English)
  --debug on an error, print its stack trace too (or set QIAOXIN_DEBUG=1)
  --help  print this text`,
  'cli.unknownCommand':
    '"{{command}}" is not a command: use qiaoxin-site build, qiaoxin-site dev, qiaoxin-site admin or qiaoxin-site import (qiaoxin-site --help lists the options)',
  'cli.unknownOption':
    '{{option}} is not an option of qiaoxin-site{{hint}} (qiaoxin-site --help lists the options)',
  'cli.didYouMean': ': did you mean {{option}}?',
  'cli.needsValue': '{{option}} needs a value: {{option}} {{example}}',
  'cli.noValue': '{{option}} takes no value: write {{option}} alone',
  'cli.aFolder': '<folder>',
  'cli.extra':
    'qiaoxin-site {{command}} takes one site folder, not also "{{extra}}" (put a folder name with spaces in quotes)',
  'cli.badPort':
    '--port "{{value}}" is not a port number: use a whole number from 1 to 65535, like 5173',
  // A build at work (build.ts)
  'build.waiting': 'waiting for the build by process {{pid}} to finish writing {{out}} …',
  'build.recovered': 'put back the previous portal {{out}} from an interrupted build ({{from}})',
  'build.cleanup': 'cannot clean up beside {{out}}: {{why}}',
  'build.stopped':
    '{{why}} — the build stopped, its unfinished folder was removed, and the previous portal in {{out}} is unchanged',
  // The dev server (dev.ts)
  'dev.outside': 'site.config.json: basePath "{{base}}" leads outside {{root}}; not built',
  'dev.firstBuild': 'the first build failed (see above); dev mode stopped',
  'dev.portal': '  ➜  Portal:  {{url}}',
  'dev.rebuilding': 'rebuilding {{pkg}} …',
  // The browser editor (admin-command.ts)
  'admin.missing':
    'the editor is not installed: run npm install @qiaoxin/admin in the folder that holds your site, then qiaoxin-site admin again',
  'admin.started':
    '  ➜  Editor:  {{url}}\n     Open this address in your browser (it contains the key to this editor: share it with no one). Press Ctrl+C to stop.',
};

export const cliZh: Record<keyof typeof cliEn, string> = {
  'cli.usage': `用法：
  qiaoxin-site build [网站文件夹] [--out <文件夹>]   构建门户网站（默认：当前文件夹，输出到 ./dist）
      [--strict]            正式发布用：还有占位内容（待填写）时拒绝构建
  qiaoxin-site dev [网站文件夹] [--port <端口>]      在本机预览，每次修改后自动重新构建并刷新
      [--watch <文件夹>]…   某个软件包的源代码文件夹有改动时也重新构建
  qiaoxin-site admin [网站文件夹] [--port <端口>]    在浏览器里编辑网站（--port 0：任选空闲端口）
  qiaoxin-site import <保存的网页> [--site <文件夹>] 把旧网站的文章页面导入网站
      [--map <文件>]        旧栏目名 → 栏目 id（默认：网站文件夹里的 import-map.json）
      [--dry-run]           只显示导入计划，不写入任何文件
      [--force]             覆盖以前导入的文章

  --out   新的或空的文件夹，或以前构建过门户的文件夹；不能是网站文件夹本身、
          网站文件夹里 dist 以外的文件夹，或包含网站文件夹的文件夹
  --lang  zh 或 en：提示信息的语言（默认看系统语言 LANG：英文系统用英文，其余用中文）
  --debug 出错时同时显示程序内部的调用栈（也可以设置 QIAOXIN_DEBUG=1）
  --help  显示这段说明`,
  'cli.unknownCommand':
    '“{{command}}”不是可用的命令：请用 qiaoxin-site build、qiaoxin-site dev、qiaoxin-site admin 或 qiaoxin-site import（qiaoxin-site --help 列出所有选项）',
  'cli.unknownOption':
    '{{option}} 不是 qiaoxin-site 的选项{{hint}}（qiaoxin-site --help 列出所有选项）',
  'cli.didYouMean': '：是不是想写 {{option}}？',
  'cli.needsValue': '{{option}} 后面要写一个值：{{option}} {{example}}',
  'cli.noValue': '{{option}} 后面不带值：只写 {{option}}',
  'cli.aFolder': '<文件夹>',
  'cli.extra':
    'qiaoxin-site {{command}} 只接受一个网站文件夹，多出了“{{extra}}”（文件夹名里有空格时请加引号）',
  'cli.badPort': '--port “{{value}}”不是端口号：请写 1 到 65535 之间的整数，例如 5173',
  'build.waiting': '另一个构建进程（{{pid}}）正在写入 {{out}}，等它完成 …',
  'build.recovered': '已放回上一版门户 {{out}}（来自中断的构建：{{from}}）',
  'build.cleanup': '无法清理 {{out}} 旁边的文件：{{why}}',
  'build.stopped': '{{why}}——构建已停止，未完成的文件夹已删除，{{out}} 里的上一版门户没有改动',
  'dev.outside': 'site.config.json：basePath “{{base}}”指向 {{root}} 之外；没有构建',
  'dev.firstBuild': '第一次构建失败（原因见上面）；预览已停止',
  'dev.portal': '  ➜  门户：  {{url}}',
  'dev.rebuilding': '正在重新构建 {{pkg}} …',
  'admin.missing':
    '编辑器还没有安装：请在网站所在的文件夹里运行 npm install @qiaoxin/admin，然后再运行 qiaoxin-site admin',
  'admin.started':
    '  ➜  编辑器：  {{url}}\n     请在浏览器里打开这个地址（地址里含有进入编辑器的密钥，请勿告诉他人）。按 Ctrl+C 停止。',
};
