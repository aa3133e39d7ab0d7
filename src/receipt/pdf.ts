// A one-page PDF proof of a receipt, written directly: Helvetica text and the QR code as filled squares. The
// content stream is left uncompressed so the transaction signature and hash can be found in the file's bytes.
import QRCode from 'qrcode';

export interface ReceiptPdfInput {
  receiptId: string;
  merchant: string;
  product: string;
  amount: string;
  payerWallet: string;
  merchantWallet: string;
  txSignature: string;
  time: string;
  receiptHash: string;
  keyId: string;
  verifyUrl: string;
  livemode: boolean;
}

const PAGE_W = 595; // A4 in points
const PAGE_H = 842;

/** Helvetica with the standard encoding covers printable ASCII; anything else is replaced, not dropped silently. */
function pdfText(s: string): string {
  const ascii = s.normalize('NFKD').replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.length > 0 ? lines : [''];
}

function qrOps(text: string, x: number, y: number, size: number): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const cell = size / (n + quiet * 2);
  const ops: string[] = ['q', '1 1 1 rg', `${x} ${y} ${size} ${size} re f`, '0 0 0 rg'];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.modules.get(r, c)) continue;
      const px = x + (c + quiet) * cell;
      const py = y + size - (r + quiet + 1) * cell;
      ops.push(`${px.toFixed(2)} ${py.toFixed(2)} ${cell.toFixed(2)} ${cell.toFixed(2)} re`);
    }
  }
  ops.push('f', 'Q');
  return ops.join('\n');
}

export function renderReceiptPdf(r: ReceiptPdfInput): Buffer {
  const text: string[] = [];
  let y = PAGE_H - 72;
  const line = (s: string, font = 'F1', size = 10, gap = 15) => {
    text.push(`BT /${font} ${size} Tf 56 ${y} Td ${pdfText(s)} Tj ET`);
    y -= gap;
  };
  line(r.livemode ? 'Payment receipt' : 'Payment receipt (sandbox)', 'F2', 20, 30);
  line(`Receipt ${r.receiptId}`, 'F1', 9, 24);
  const field = (label: string, value: string, width = 88) => {
    line(label, 'F2', 9, 13);
    for (const part of wrap(value, width)) line(part, 'F3', 9, 13);
    y -= 6;
  };
  field('Merchant', r.merchant);
  field('Product', r.product);
  field('Amount', r.amount);
  field('Payer wallet', r.payerWallet);
  field('Merchant wallet', r.merchantWallet);
  field('Transaction signature', r.txSignature);
  field('Time (UTC)', r.time);
  field('Receipt hash (SHA-256)', r.receiptHash);
  field('Signing key', `${r.keyId} (Ed25519)`);
  field('Verify at', r.verifyUrl);
  const qrSize = 150;
  const qrY = Math.max(56, y - qrSize - 10);
  const content = [
    ...text,
    qrOps(r.verifyUrl, 56, qrY, qrSize),
    `BT /F1 8 Tf ${56 + qrSize + 12} ${qrY + qrSize / 2} Td ${pdfText('Scan to verify this receipt online, or check')} Tj ET`,
    `BT /F1 8 Tf ${56 + qrSize + 12} ${qrY + qrSize / 2 - 11} Td ${pdfText('its Ed25519 signature offline with the public key.')} Tj ET`,
  ].join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>',
    `<< /Title ${pdfText(`Receipt ${r.receiptId}`)} /Producer (Hilt) >>`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
