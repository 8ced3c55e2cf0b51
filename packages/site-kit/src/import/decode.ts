/**
 * The text of a saved page, in whatever encoding the old site served it. Many old Chinese portals
 * still serve GBK/GB2312; Node's TextDecoder (full ICU) decodes GB18030, their superset, so no
 * decoding library is needed. The charset comes, as browsers take it, from a byte-order mark,
 * then a `<meta charset>` or `http-equiv` declaration near the top; without either, UTF-8 if the
 * bytes are valid UTF-8, else GB18030 (the usual encoding of an undeclared Chinese page).
 */

/** How far into a page browsers look for a charset declaration (the HTML standard's prescan). */
const prescanBytes = 1024 * 4;

export function charsetOf(data: Buffer): string | undefined {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  // The declaration is ASCII whatever the encoding, so latin1 reads it safely.
  const head = data.subarray(0, prescanBytes).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0])?.[1];
    if (charset) return normalise(charset);
  }
  return undefined;
}

/** GB2312 and GBK pages often hold characters only GB18030 has: decode them all as GB18030. */
function normalise(label: string): string {
  const lower = label.toLowerCase();
  return /^(gb2312|gbk|gb_2312-80|x-gbk|cp936|gb18030)$/.test(lower) ? 'gb18030' : lower;
}

export function decodePage(data: Buffer): string {
  const declared = charsetOf(data);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(data);
    } catch {
      // An unknown label: fall through to guessing, as a browser would.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/**
 * Whether the text is an HTML page: no NUL bytes (a binary file), and an HTML tag near the top
 * (a doctype, `<html>`, `<head>`, `<meta>`, `<title>` or `<body>`).
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return false;
  return /<(!doctype\s+html|html|head|meta|title|body)\b/i.test(head);
}
