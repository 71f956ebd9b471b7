import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import subsetFont from 'subset-font';
import { maskIdNumber } from '@ssc/domain/id-number';
import { t } from '../lib/i18n.ts';

// Noto Sans SC (SIL OFL 1.1), shipped as a TrueType file in an npm package: no download at run time.
const require = createRequire(import.meta.url);
const FONT_PATH =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
let fontFile: Promise<Buffer> | undefined;
const loadFont = () => (fontFile ??= readFile(FONT_PATH));

export interface CertificateContent {
  serial: string;
  holderName: string;
  idNumber: string;
  reason: string;
  centre: { nameZh: string; nameEn: string; addressZh: string; addressEn: string };
  issuedAt: Date;
  /** the public verification page, e.g. https://example.gov.cn/verify/2026-ABCD-EFGH-JKMN */
  verificationUrl: string;
}

const chinaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.35, 0.35, 0.4);

/** Lines of at most `width` points: CJK text breaks anywhere, Latin text at spaces. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/[\p{Script=Han}，。：；、（）！？]|[^\s\p{Script=Han}]+|\s+/gu) ?? [];
  for (const token of tokens) {
    const next = line + token;
    if (line && font.widthOfTextAtSize(next.trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The cancellation certificate (注销证明, Guide §II.5; docs/rules.md §1: the holder takes it to the bank
 * that issued the card to close the account). Chinese first with English beneath: serial, the
 * holder's name, the masked ID number, the reason, the issuing centre, the date, and a QR code
 * for the public verification page. The CJK font is embedded as a subset of only the glyphs
 * used: HarfBuzz (subset-font) cuts the 10 MB font to a few KB, because fontkit's own subsetter
 * drops CJK glyphs (measured: half the characters rendered blank).
 */
export async function renderCertificatePdf(content: CertificateContent): Promise<Uint8Array> {
  const issued = chinaDate.format(content.issuedAt);
  const rows: [string, string, string][] = [
    ['证明编号', 'Serial number', content.serial],
    ['持卡人姓名', 'Cardholder', content.holderName],
    ['证件号码', 'ID number', maskIdNumber(content.idNumber)],
    [
      '注销原因',
      'Reason',
      `${t('zh-CN', `reason.${content.reason}`)}\n${t('en', `reason.${content.reason}`)}`,
    ],
    ['签发机构', 'Issued by', `${content.centre.nameZh}\n${content.centre.nameEn}`],
    ['签发日期', 'Date of issue', issued],
  ];
  const title = ['社会保障卡注销证明', 'Certificate of Cancellation of a Social Security Card'];
  const statement = [
    `兹证明上述持卡人的社会保障卡已于 ${issued} 注销。`,
    `This certifies that the social security card of the cardholder above was cancelled on ${issued}.`,
  ];
  const bank = [t('zh-CN', 'certificate.bankAccount'), t('en', 'certificate.bankAccount')];
  const verify = [
    '扫描二维码或访问以下网址核验本证明：',
    'Scan the QR code or visit this address to verify:',
  ];
  const allText = [
    ...title,
    ...rows.flat(),
    ...statement,
    ...bank,
    ...verify,
    content.verificationUrl,
  ].join('');

  // No OpenType layout features in the subset: pdf-lib's fontkit shapes Latin runs through
  // the subset's GSUB and drew some digits as blanks (measured); plain cmap mapping is exact.
  // (`keepFeatures` is in subset-font 2.9 but not yet in its DefinitelyTyped types.)
  const options: Parameters<typeof subsetFont>[2] & { keepFeatures: string[] } = {
    targetFormat: 'sfnt',
    keepFeatures: [],
  };
  const font = await subsetFont(await loadFont(), allText, options);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // A PDF subset font is named TAG+Name, the tag six capitals (ISO 32000-1 §9.6.4).
  const tag = [...createHash('sha256').update(content.serial).digest()]
    .slice(0, 6)
    .map((b) => String.fromCharCode(65 + (b % 26)))
    .join('');
  const cjk = await doc.embedFont(font, {
    subset: false,
    customName: `${tag}+NotoSansSC-Regular`,
  });

  const page = doc.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;
  const draw = (
    text: string,
    size: number,
    options: { color?: typeof INK; x?: number; maxWidth?: number } = {},
  ) => {
    for (const line of wrap(text, cjk, size, options.maxWidth ?? width)) {
      y -= size * 1.35;
      page.drawText(line, {
        x: options.x ?? MARGIN,
        y,
        size,
        font: cjk,
        color: options.color ?? INK,
      });
    }
  };

  draw(title[0]!, 22);
  draw(title[1]!, 13, { color: GREY });
  y -= 8;
  page.drawLine({
    start: { x: MARGIN, y },
    end: { x: A4[0] - MARGIN, y },
    thickness: 0.8,
    color: GREY,
  });
  y -= 10;

  const labelWidth = 120;
  for (const [zh, en, value] of rows) {
    const top = y;
    drawAt(page, cjk, zh, 11, MARGIN, top - 14, INK);
    drawAt(page, cjk, en, 9, MARGIN, top - 27, GREY);
    let valueY = top;
    for (const part of value.split('\n')) {
      for (const line of wrap(part, cjk, 11, width - labelWidth)) {
        valueY -= 14.5;
        drawAt(page, cjk, line, 11, MARGIN + labelWidth, valueY, INK);
      }
    }
    y = Math.min(top - 34, valueY - 8);
  }

  y -= 6;
  draw(statement[0]!, 11);
  draw(statement[1]!, 9.5, { color: GREY });
  y -= 8;
  draw(bank[0]!, 11);
  draw(bank[1]!, 9.5, { color: GREY });

  // QR code for the public verification page (PNG: pdf-lib draws it without a raster library).
  const qrSize = 110;
  const qr = await doc.embedPng(
    await QRCode.toBuffer(content.verificationUrl, {
      type: 'png',
      margin: 1,
      width: 330,
      errorCorrectionLevel: 'M',
    }),
  );
  y -= 16;
  page.drawImage(qr, { x: MARGIN, y: y - qrSize, width: qrSize, height: qrSize });
  let textY = y - 4;
  for (const [line, size, color] of [
    [verify[0]!, 11, INK],
    [verify[1]!, 9.5, GREY],
    [content.verificationUrl, 9.5, INK],
  ] as const) {
    for (const part of wrap(line, cjk, size, width - qrSize - 16)) {
      textY -= size * 1.4;
      drawAt(page, cjk, part, size, MARGIN + qrSize + 16, textY, color);
    }
  }

  // Metadata carries the serial and the verification address, so software (and our tests)
  // can read them without OCR.
  doc.setTitle(`社会保障卡注销证明 Certificate of cancellation ${content.serial}`);
  doc.setSubject(content.serial);
  doc.setKeywords([content.serial, content.verificationUrl]);
  doc.setAuthor(`${content.centre.nameZh} / ${content.centre.nameEn}`);
  doc.setCreator('Social security card cancellation service');
  doc.setProducer('pdf-lib');
  doc.setLanguage('zh-CN');
  doc.setCreationDate(content.issuedAt);
  doc.setModificationDate(content.issuedAt);
  return doc.save();
}

function drawAt(
  page: PDFPage,
  font: PDFFont,
  text: string,
  size: number,
  x: number,
  y: number,
  color: typeof INK,
) {
  page.drawText(text, { x, y, size, font, color });
}
