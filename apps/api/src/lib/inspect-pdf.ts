import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';

/** At most 20 pages a PDF. */
export const MAX_PDF_PAGES = 20;

/** Why a PDF is refused; each is an i18n key (`error.file.*`) sent with a 422. */
export type PdfRefusal =
  | 'error.file.unreadable'
  | 'error.file.pdfActiveContent'
  | 'error.file.pdfEmbeddedFiles'
  | 'error.file.pdfEncrypted'
  | 'error.file.tooManyPages';

export type PdfInspection = { ok: true; pages: number } | { ok: false; reason: PdfRefusal };

// No JavaScript, launch actions, embedded files or encryption. XFA forms
// carry their own scripts and RichMedia embeds Flash/video, so both count as the same risks.
const ACTIVE = new Set(['JavaScript', 'JS', 'Launch', 'XFA']);
const EMBEDDED = new Set(['EmbeddedFile', 'EmbeddedFiles', 'RichMedia']);

function refusalForName(name: string): PdfRefusal | undefined {
  if (ACTIVE.has(name)) return 'error.file.pdfActiveContent';
  if (EMBEDDED.has(name)) return 'error.file.pdfEmbeddedFiles';
  if (name === 'Encrypt') return 'error.file.pdfEncrypted';
  return undefined;
}

// PDF delimiters and white space end a name token (ISO 32000-1 §7.2.2).
const ENDS_NAME = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32, ...Buffer.from('()<>[]{}/%')]) ENDS_NAME[c] = 1;
const SLASH = 0x2f;
const MAX_NAME_BYTES = 127;

/**
 * Raw pass over the bytes as they stream in: every name token, with #xx escapes decoded
 * (/J#61vaScript is /JavaScript), outside compressed streams. It still sees objects a broken
 * cross-reference table hides from the parser, works byte by byte across chunk boundaries and
 * allocates nothing per chunk (an 8 MB upload would otherwise make 8 MB of strings).
 */
export class PdfNameScanner {
  #name = Buffer.alloc(MAX_NAME_BYTES);
  #length = -1; // -1: not inside a name
  #refusal: PdfRefusal | undefined;

  get refusal(): PdfRefusal | undefined {
    return this.#refusal;
  }

  #endName() {
    const raw = this.#name.toString('latin1', 0, this.#length);
    this.#length = -1;
    const name = raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    this.#refusal ??= refusalForName(name);
  }

  push(chunk: Buffer) {
    let i = 0;
    while (i < chunk.length && !this.#refusal) {
      if (this.#length < 0) {
        const slash = chunk.indexOf(SLASH, i);
        if (slash < 0) return;
        this.#length = 0;
        i = slash + 1;
        continue;
      }
      const byte = chunk[i]!;
      if (ENDS_NAME[byte]) {
        this.#endName();
        if (byte !== SLASH) i++;
        continue;
      }
      if (this.#length < MAX_NAME_BYTES) this.#name[this.#length] = byte;
      this.#length++;
      i++;
    }
  }

  end(): PdfRefusal | undefined {
    if (this.#length >= 0 && !this.#refusal) this.#endName();
    return this.#refusal;
  }
}

/** Parsed pass: every object, including those packed in compressed object streams. */
function scanObject(object: PDFObject, depth = 0): PdfRefusal | undefined {
  if (depth > 64) return 'error.file.unreadable'; // nesting no real scan needs
  if (object instanceof PDFName) return refusalForName(object.decodeText());
  if (object instanceof PDFStream) return scanObject(object.dict, depth + 1);
  if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const refusal = refusalForName(key.decodeText()) ?? scanObject(value, depth + 1);
      if (refusal) return refusal;
    }
  }
  if (object instanceof PDFArray) {
    for (const item of object.asArray()) {
      const refusal = scanObject(item, depth + 1);
      if (refusal) return refusal;
    }
  }
  return undefined;
}

// Anything after the last %%EOF but whitespace is an appended payload (a PDF/ZIP polyglot).
function hasTrailingPayload(bytes: Buffer): boolean {
  const end = bytes.lastIndexOf('%%EOF');
  if (end < 0) return true;
  return !/^[\s\0]*$/.test(bytes.subarray(end + 5).toString('latin1'));
}

/**
 * Judges a PDF the applicant uploaded, given what the name scan of its stream found. Called with the whole file (at most 10 MB, with the
 * inspection concurrency bounded by the caller): PDF cross-references point backwards from
 * the end, so a PDF cannot be parsed as a stream.
 */
export async function inspectPdf(
  bytes: Buffer,
  nameRefusal: PdfRefusal | undefined,
): Promise<PdfInspection> {
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    return { ok: false, reason: 'error.file.unreadable' };
  }
  if (hasTrailingPayload(bytes)) return { ok: false, reason: 'error.file.unreadable' };
  if (nameRefusal) return { ok: false, reason: nameRefusal };
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
    });
  } catch {
    return { ok: false, reason: 'error.file.unreadable' };
  }
  if (document.isEncrypted) return { ok: false, reason: 'error.file.pdfEncrypted' };
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    const refusal = scanObject(object);
    if (refusal) return { ok: false, reason: refusal };
  }
  if (document.context.trailerInfo.Encrypt) return { ok: false, reason: 'error.file.pdfEncrypted' };
  let pages: number;
  try {
    pages = document.getPageCount();
  } catch {
    return { ok: false, reason: 'error.file.unreadable' };
  }
  if (pages === 0) return { ok: false, reason: 'error.file.unreadable' };
  if (pages > MAX_PDF_PAGES) return { ok: false, reason: 'error.file.tooManyPages' };
  return { ok: true, pages };
}
