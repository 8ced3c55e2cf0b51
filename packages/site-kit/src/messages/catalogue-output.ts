/**
 * Messages about where a build writes: the output folder it refuses (write/output.ts) and the
 * file-system errors a webmaster is told the meaning of (system-errors.ts). Merged into the
 * catalogue by catalogue.ts.
 */
export const outputEn = {
  // The output folder (write/output.ts)
  'output.refused': 'cannot build into {{folder}}: {{why}}; nothing was changed',
  'output.really': '{{given}} (really {{real}})',
  'output.isSite': 'it is the site folder itself',
  'output.containsSite': 'it contains the site folder {{site}}',
  'output.insideSite': 'it is inside the site folder, where the only output folder is dist',
  'output.containsCwd': 'it contains the current folder',
  'output.pathFile': 'a part of its path is a file',
  'output.isFile': 'it is a file, not a folder',
  'output.git': 'it holds a Git repository (.git)',
  'output.workspace': 'it is the root of a repository (package.json workspaces)',
  'output.mount':
    'it is a mount point, and a build replaces its output folder by renaming it, which a mount point does not allow; build into a folder inside it, e.g. {{example}}',
  'output.foreign':
    'it holds files no build wrote (there is no {{stamp}} stamp); give a new or empty folder, or the folder a previous build wrote',
  // System errors (system-errors.ts)
  'system.ENOSPC': 'the disk is full',
  'system.EDQUOT': 'the disk quota is used up',
  'system.EROFS': 'the file system is read-only',
  'system.EACCES': 'permission denied',
  'system.EPERM': 'the operation is not permitted',
  'system.EBUSY': 'the folder is busy (a mount point, or in use by another program)',
  'system.EXDEV': 'it is on another file system',
  'system.ENOENT': 'no such file or folder',
  'system.ENOTDIR': 'a part of the path is a file, not a folder',
  'system.EISDIR': 'it is a folder, not a file',
  'system.ENOTEMPTY': 'the folder is not empty',
  'system.EEXIST': 'it already exists',
  'system.EMFILE': 'too many files are open',
  'system.ENFILE': 'too many files are open',
  'system.EIO': 'the disk reported an input/output error',
  'system.ENAMETOOLONG': 'the path is too long',
  'system.ELOOP': 'the path has a loop of symbolic links',
  'system.failed': 'the build failed',
};

export const outputZh: Record<keyof typeof outputEn, string> = {
  'output.refused': '不能输出到 {{folder}}：{{why}}；没有改动任何文件',
  'output.really': '{{given}}（实际是 {{real}}）',
  'output.isSite': '它就是网站文件夹本身',
  'output.containsSite': '它包含网站文件夹 {{site}}',
  'output.insideSite': '它在网站文件夹里面，而网站文件夹里唯一的输出文件夹是 dist',
  'output.containsCwd': '它包含当前文件夹',
  'output.pathFile': '它路径中的一部分是文件',
  'output.isFile': '它是文件，不是文件夹',
  'output.git': '它包含 Git 仓库（.git）',
  'output.workspace': '它是代码仓库的根目录（package.json 里有 workspaces）',
  'output.mount':
    '它是挂载点，而构建要通过改名来替换输出文件夹，挂载点不允许改名；请输出到它里面的文件夹，例如 {{example}}',
  'output.foreign':
    '里面有不是构建生成的文件（没有 {{stamp}} 标记）；请指定一个新的或空的文件夹，或以前构建输出的文件夹',
  'system.ENOSPC': '磁盘已满',
  'system.EDQUOT': '磁盘配额已用完',
  'system.EROFS': '文件系统是只读的',
  'system.EACCES': '没有权限',
  'system.EPERM': '不允许这样操作',
  'system.EBUSY': '文件夹正忙（是挂载点，或正被别的程序使用）',
  'system.EXDEV': '它在另一个文件系统上',
  'system.ENOENT': '文件或文件夹不存在',
  'system.ENOTDIR': '路径中的一部分是文件，不是文件夹',
  'system.EISDIR': '它是文件夹，不是文件',
  'system.ENOTEMPTY': '文件夹不是空的',
  'system.EEXIST': '它已经存在',
  'system.EMFILE': '打开的文件太多',
  'system.ENFILE': '打开的文件太多',
  'system.EIO': '磁盘报告了读写错误',
  'system.ENAMETOOLONG': '路径太长',
  'system.ELOOP': '路径中的符号链接形成了循环',
  'system.failed': '构建失败',
};
