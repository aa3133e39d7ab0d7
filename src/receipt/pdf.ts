// A one-page PDF receipt made with pdfkit and an embedded Noto Sans SC (Latin, Greek, Cyrillic and CJK), so every
// merchant, product and customer name prints as written. It carries the brand, the invoice fields when set, the
// amount with its asset, the transaction signature, the proof (hash, key) and a QR code of the verify URL, with the
// steps to check the signature offline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface ReceiptPdfInput {
  receiptId: string;
  merchant: string;
  brandName?: string | null;
  accentColor?: string | null;
  product: string;
  amount: string;
  payerWallet: string;
  merchantWallet: string;
  txSignature: string;
  time: string;
  receiptHash: string;
  keyId: string;
  publicKey?: string | null;
  verifyUrl: string;
  livemode: boolean;
  invoice?: {
    invoice_number?: string | null;
    customer_name?: string | null;
    billing_reference?: string | null;
  } | null;
}

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const FONT_FILES = {
  regular: join(FONT_DIR, '400Regular/NotoSansSC_400Regular.ttf'),
  bold: join(FONT_DIR, '700Bold/NotoSansSC_700Bold.ttf'),
};
let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** The two font files (about 10 MB each), read once on the first receipt. */
function loadFonts() {
  fonts ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return fonts;
}
const HEX = /^#[0-9a-f]{6}$/i;
const MARGIN = 50;

export function renderReceiptPdf(r: ReceiptPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Receipt ${r.receiptId}`, Author: r.brandName || r.merchant, Producer: 'Hilt', Creator: 'Hilt' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { regular, bold } = loadFonts();
  doc.registerFont('text', regular);
  doc.registerFont('bold', bold);
  const accent = r.accentColor && HEX.test(r.accentColor) ? r.accentColor : '#4f46e5';
  const width = doc.page.width - MARGIN * 2;

  doc.rect(0, 0, doc.page.width, 8).fill(accent);
  doc
    .fillColor('#111111')
    .font('bold')
    .fontSize(18)
    .text(r.brandName || r.merchant, MARGIN, 36, { width });
  doc.font('text').fontSize(10).fillColor('#555555');
  if (r.brandName && r.brandName !== r.merchant) doc.text(r.merchant, { width });
  doc.moveDown(0.6);
  doc
    .fillColor('#111111')
    .font('bold')
    .fontSize(15)
    .text(r.livemode ? 'Payment receipt' : 'Payment receipt (sandbox)');
  doc.font('text').fontSize(9).fillColor('#555555').text(`Receipt ${r.receiptId}`);
  doc.moveDown(0.8);

  const field = (label: string, value: string | null | undefined, mono = false) => {
    if (!value) return;
    doc.font('bold').fontSize(9).fillColor('#555555').text(label, { width });
    doc
      .font('text')
      .fontSize(mono ? 8.5 : 11)
      .fillColor('#111111')
      .text(value, { width, lineBreak: !mono });
    doc.moveDown(0.45);
  };
  field('Invoice number', r.invoice?.invoice_number);
  field('Customer', r.invoice?.customer_name);
  field('Billing reference', r.invoice?.billing_reference);
  field('Product', r.product);
  field('Amount', r.amount);
  field('Paid at (UTC)', r.time);
  field('Payer wallet', r.payerWallet, true);
  field('Merchant wallet', r.merchantWallet, true);
  field('Transaction signature', r.txSignature, true);
  field('Receipt hash (SHA-256 of the canonical receipt JSON)', r.receiptHash, true);
  field('Signing key (Ed25519)', r.publicKey ? `${r.keyId} · ${r.publicKey}` : r.keyId, true);
  field('Verify at', r.verifyUrl, true);

  // The QR code of the verify URL, drawn as filled squares (sharp at any zoom).
  const qr = QRCode.create(r.verifyUrl, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const size = 120;
  const cell = size / n;
  const qrTop = Math.min(doc.y + 10, doc.page.height - MARGIN - size);
  doc.rect(MARGIN - 4, qrTop - 4, size + 8, size + 8).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.modules.get(row, col)) doc.rect(MARGIN + col * cell, qrTop + row * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  const textX = MARGIN + size + 18;
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('#111111')
    .text('How to check this receipt', textX, qrTop, { width: width - size - 18 });
  doc
    .font('text')
    .fontSize(8.5)
    .fillColor('#333333')
    .text(
      'Online: scan the code or open the verify address above. Offline: canonicalise the receipt JSON (RFC 8785), ' +
        'check that its SHA-256 equals the receipt hash, then verify the Ed25519 signature of those bytes with the ' +
        'public key of the signing key (listed at /v1/receipts/public-key). The transaction signature can be looked ' +
        'up on any Solana explorer.',
      { width: width - size - 18 },
    );
  doc.end();
  return done;
}
