import QRCode from 'qrcode';
import { escapeAttr } from '../html.js';

/** Quiet zone, in modules: the four the QR specification asks for, so phones find the code. */
const margin = 4;

/**
 * The QR code of a page's address as an inline SVG for `<qx-article-tools>`'s `qr` slot, made
 * at build time so no reader downloads a QR library. `qrcode` encodes; the drawing is one path
 * of horizontal runs (as qrcode's own SVG renderer draws it), with the slot, role, name and a
 * display size added, which its `toString` cannot do and which must not be patched into a string.
 * Black on an explicit white square, so it still scans in the dark colour schemes.
 */
export function shareQrSvg(url: string, label: string, size = 160): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
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
  return `<svg slot="qr" role="img" aria-label="${escapeAttr(label)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${size}" height="${size}" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
