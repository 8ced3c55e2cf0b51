import QRCode from 'qrcode';

const utf8 = new TextEncoder();

/** Quiet zone, in modules: the four the QR specification asks for, so phones find the code. */
const margin = 4;

/**
 * The QR code of a page's address as an SVG, made at build time so no reader downloads a QR
 * library. `qrcode` encodes; the drawing is one path of horizontal runs (as qrcode's own SVG
 * renderer draws it, whose output is only reachable through its asynchronous `toString`).
 * Black on an explicit white square, so it still scans in the dark colour schemes.
 */
export function shareQrSvg(url: string): string {
  // One byte-mode segment: an address needs no mix of modes, and working out the smallest mix
  // was half the time a code took (a tenth of rendering an article page). The mask is still
  // the one with the lowest penalty, as the QR specification asks, so phones read it reliably.
  const { modules } = QRCode.create([{ data: utf8.encode(url), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const n = modules.size;
  const total = n + margin * 2;
  let d = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      d += `M${start + margin} ${y + margin}h${x - start}v1h${start - x}z`;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}

/**
 * The same as an image address. A `data:` image (the CSP's img-src allows it) rather than inline
 * `<svg slot="qr">`, which the HTML validator refuses (`slot` is not allowed on `svg`), and
 * rather than a file per article and edition, which would only ever be used by one page.
 */
export const shareQrSrc = (url: string) =>
  `data:image/svg+xml,${encodeURIComponent(shareQrSvg(url))}`;
