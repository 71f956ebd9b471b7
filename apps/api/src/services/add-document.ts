import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import type { DocumentKind } from '@ssc/domain/codes';
import { isApplicantEditable } from '@ssc/domain/status';
import type { PrismaClient } from '../generated/prisma/client.ts';
import {
  ALLOWED_CONTENT_TYPES,
  type AllowedContentType,
  type DocumentStorage,
  type StagedFile,
} from '../lib/document-storage.ts';
import type { VirusScanner } from '../lib/virus-scanner.ts';
import { ClamdUnavailableError, type ClamdScan } from '../lib/clamd.ts';
import { InspectionFailed, type Inspector } from '../lib/inspection-worker.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { Problem } from '../lib/problem.ts';
import { notEditable } from './update-application-case.ts';
import { commitChange, lockApplication } from './commit-change.ts';

/** A scan that passed every check, encrypted in a temporary object, waiting for its row. */
export interface ReceivedFile {
  /** Bytes kept (after re-encoding an image): what a staff download returns. */
  size: number;
  /** SHA-256 of the file exactly as uploaded (the original's hash is kept). */
  sha256: string;
  contentType: AllowedContentType;
  /** Moves the file into place under a random name; call inside the DB transaction. */
  commit(): Promise<string>;
  /** Removes the temporary (or committed) file; safe to call twice. */
  discard(): Promise<void>;
}

// file-type reads at most this many bytes from the start of a file to decide its type.
const SNIFF_BYTES = 4100;

/**
 * Reads and drops what is left of a refused upload, so that the client receives the answer
 * and the connection can carry the next request, instead of both sides waiting.
 */
export function drainUpload(file: AsyncIterable<Buffer>) {
  void (async () => {
    for await (const _chunk of file) {
      // discarded
    }
  })().catch(() => undefined);
}

/** A 4xx about the uploaded file, with a field error on `file` in the applicant's language. */
function fileProblem(status: number, slug: string, title: string, key: string, locale: Locale) {
  const message = t(locale, key);
  return new Problem(status, slug, title, message, {
    errors: [{ path: 'file', code: key, message }],
  });
}

export const fileTooLarge = (locale: Locale) =>
  fileProblem(413, 'file-too-large', 'File too large', 'error.file.tooLarge', locale);

const unsupportedType = (locale: Locale) =>
  fileProblem(415, 'unsupported-file-type', 'File type not allowed', 'error.file.type', locale);

const unacceptableFile = (key: string, locale: Locale) =>
  fileProblem(422, 'unacceptable-file', 'File not accepted', key, locale);

const scanUnavailable = (locale: Locale) =>
  new Problem(
    503,
    'virus-scan-unavailable',
    'Try again later',
    t(locale, 'error.file.scanUnavailable'),
  );

async function sniff(head: Buffer): Promise<AllowedContentType | undefined> {
  const sniffed = await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES));
  return ALLOWED_CONTENT_TYPES.find((type) => type === sniffed?.mime);
}

/**
 * On the server, the upload streams through size counting, type sniffing
 * (by content, never by name or declared type), hashing, the virus scanner and encryption
 * into a temporary file; only a few KB (the sniffed head) are ever held. Then the kept
 * copy is checked — PDFs for active content, encryption and page count, images decoded and
 * re-encoded. Any refusal or failure removes what was written.
 */
export async function receiveDocument(
  deps: { storage: DocumentStorage; virusScanner: VirusScanner | null; inspector: Inspector },
  source: AsyncIterable<Buffer>,
  options: { maxBytes: number; isTruncated: () => boolean; locale: Locale },
): Promise<ReceivedFile> {
  const { locale, maxBytes } = options;
  let scan: ClamdScan | undefined;
  if (deps.virusScanner) {
    try {
      scan = await deps.virusScanner.open();
    } catch {
      throw scanUnavailable(locale); // fail closed
    }
  }
  const hash = createHash('sha256');
  let size = 0;
  let contentType: AllowedContentType | undefined;
  // Loaded with the first upload: the module brings pdf-lib (~20 MB) into memory.
  const { PdfNameScanner } = await import('../lib/inspect-pdf.ts');
  const pdfNames = new PdfNameScanner();

  async function* intake(): AsyncGenerator<Buffer> {
    let head: Buffer[] = [];
    let headBytes = 0;
    // Not `for await`: leaving that loop early destroys the part, and a destroyed part stalls
    // the multipart parser, so the rest of a refused request could never be drained.
    const parts = source[Symbol.asyncIterator]();
    for (let next = await parts.next(); !next.done; next = await parts.next()) {
      const chunk = next.value;
      size += chunk.length;
      if (size > maxBytes) throw fileTooLarge(locale);
      hash.update(chunk);
      if (scan) await scan.write(chunk);
      if (contentType) {
        if (contentType === 'application/pdf') pdfNames.push(chunk);
        yield chunk;
        continue;
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF_BYTES) {
        // Refused as soon as the head is known: the rest of a wrong file is never stored.
        contentType = await sniff(Buffer.concat(head));
        if (!contentType) throw unsupportedType(locale);
        if (contentType === 'application/pdf') head.forEach((h) => pdfNames.push(h));
        yield* head;
        head = [];
      }
    }
    if (options.isTruncated()) throw fileTooLarge(locale);
    if (size === 0) throw unacceptableFile('error.file.empty', locale);
    if (!contentType) {
      contentType = await sniff(Buffer.concat(head));
      if (!contentType) {
        // A small file is read whole before its type is judged: when a scanner saw all of
        // it, say it is malware (the EICAR test file is plain text) rather than "wrong type".
        if (scan && !(await scan.finish().catch(() => ({ clean: true }))).clean) {
          throw unacceptableFile('error.file.infected', locale);
        }
        throw unsupportedType(locale);
      }
      if (contentType === 'application/pdf') head.forEach((h) => pdfNames.push(h));
      yield* head;
    }
  }

  let original: StagedFile;
  try {
    original = await deps.storage.stage(Readable.from(intake()));
  } catch (error) {
    scan?.abort();
    if (error instanceof ClamdUnavailableError) throw scanUnavailable(locale);
    // @fastify/multipart ends the part with this error when it reaches its own fileSize limit.
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(locale);
    throw error;
  }
  const sha256 = hash.digest('hex');
  const type = contentType!;

  try {
    if (scan) {
      let verdict;
      try {
        verdict = await scan.finish();
      } catch {
        throw scanUnavailable(locale);
      }
      if (!verdict.clean) throw unacceptableFile('error.file.infected', locale);
    }
    // The plaintext streams to the inspection worker when its turn comes; the API never
    // holds the file whole.
    const input = () => original.read();
    if (type === 'application/pdf') {
      const inspection = await deps.inspector.inspect({
        type,
        size: original.size,
        input,
        nameRefusal: pdfNames.end(),
      });
      if (!inspection.ok) throw unacceptableFile(inspection.reason, locale);
      return { size: original.size, sha256, contentType: type, ...actions(original) };
    }
    const inspection = await deps.inspector.inspect({ type, size: original.size, input });
    if (!inspection.ok || !inspection.output) {
      throw unacceptableFile(inspection.ok ? 'error.file.unreadable' : inspection.reason, locale);
    }
    let cleaned: StagedFile;
    try {
      cleaned = await deps.storage.stage(inspection.output);
    } catch (error) {
      // The worker died while handing back the re-encoded image.
      if (error instanceof InspectionFailed)
        throw unacceptableFile('error.file.unreadable', locale);
      throw error;
    }
    await original.discard();
    return { size: cleaned.size, sha256, contentType: type, ...actions(cleaned) };
  } catch (error) {
    await original.discard();
    throw error;
  }
}

function actions(staged: StagedFile) {
  return { commit: () => staged.commit(), discard: () => staged.discard() };
}

/** At most 20 files an application. */
export const MAX_DOCUMENTS_PER_APPLICATION = 20;

const tooManyDocuments = (locale: Locale) =>
  fileProblem(413, 'too-many-documents', 'Too many documents', 'error.documents.tooMany', locale);

/** Refuses early, before any byte is read, when the application cannot take another file. */
export async function checkRoomForDocument(
  prisma: PrismaClient,
  input: { applicationId: string; locale: Locale },
) {
  const application = await prisma.application.findUniqueOrThrow({
    where: { id: input.applicationId },
    select: { status: true, _count: { select: { documents: true } } },
  });
  if (!isApplicantEditable(application.status)) throw notEditable(application.status);
  if (application._count.documents >= MAX_DOCUMENTS_PER_APPLICATION) {
    throw tooManyDocuments(input.locale);
  }
}

/**
 * The row and the file land together: the file is renamed into place inside the
 * transaction, and removed again if the transaction does not commit.
 */
export async function addDocument(
  prisma: PrismaClient,
  input: {
    applicationId: string;
    kind: DocumentKind;
    file: ReceivedFile;
    locale: Locale;
    now: Date;
  },
) {
  try {
    return await prisma.$transaction(async (tx) => {
      // The row lock first, so two uploads at once cannot both see 19 documents and make 21.
      const application = await lockApplication(tx, input.applicationId);
      if (!application) throw notEditable('UNKNOWN');
      if (!isApplicantEditable(application.status)) throw notEditable(application.status);
      const documents = await tx.document.count({ where: { applicationId: application.id } });
      if (documents >= MAX_DOCUMENTS_PER_APPLICATION) throw tooManyDocuments(input.locale);
      const storageKey = await input.file.commit();
      const document = await tx.document.create({
        data: {
          applicationId: application.id,
          kind: input.kind,
          contentType: input.file.contentType,
          size: input.file.size,
          sha256: input.file.sha256,
          storageKey,
        },
      });
      await commitChange(tx, application.id, {
        actor: 'APPLICANT',
        version: application.version,
        now: input.now,
        audit: [
          {
            action: 'DOCUMENT_UPLOADED',
            documentId: document.id,
            detail: {
              kind: input.kind,
              contentType: input.file.contentType,
              size: input.file.size,
            },
          },
        ],
      });
      return {
        id: document.id,
        kind: document.kind,
        contentType: document.contentType,
        size: document.size,
        sha256: document.sha256,
      };
    });
  } catch (error) {
    await input.file.discard();
    throw error;
  }
}
