// The webmaster guide (docs/webmaster/*.md) as its Storybook pages show it: the link to the
// other language goes (the sidebar lists both), and the link to nginx.conf points at the copy
// of the file shown below the guide, since files beside the Markdown are not in Storybook.
// The marker comments (<!-- sample: … -->, read by packages/site-kit/test/guide.test.js) go too.
export function forStorybook(markdown: string): string {
  return markdown
    .replace(/^\[(?:English|中文版)\]\([^)]*\)\n+/m, '')
    .replace(/^<!-- [^\n]*? -->\n+/gm, '')
    .replace(/\]\(nginx\.conf\)/g, '](#nginx-conf)');
}
