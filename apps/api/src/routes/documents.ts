import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentKindSchema } from '@ssc/domain/codes';
import type { MultipartFile } from '@fastify/multipart';
import { localeOf, t, type Locale } from '../lib/i18n.ts';
import { Problem } from '../lib/problem.ts';
import { issuesToFieldErrors } from '../lib/validation.ts';
import { MAX_DOCUMENT_BYTES } from '../plugins/external/multipart.ts';
import {
  addDocument,
  checkRoomForDocument,
  drainUpload,
  receiveDocument,
} from '../services/add-document.ts';
import { removeDocument } from '../services/remove-document.ts';
import { documentSchema, problems, uuidParam } from './schemas.ts';
import type { RateLimits } from './rate-limits.ts';

/** A request the multipart parser could not read to its end: a 422 on `file`, never a 500. */
function malformedUpload(locale: Locale, key = 'error.file.malformed') {
  return new Problem(422, 'validation', 'Invalid request', t(locale, key), {
    errors: [{ path: 'file', code: key, message: t(locale, key) }],
  });
}

/**
 * The next file of the form, or null at its end. A form the parser cannot read — no boundary,
 * a body that stops half-way, a part without headers — ends the iteration with an error of the
 * parser's; it becomes a 422 naming `file`. The service's own problems pass as they are.
 */
async function nextPart(parts: AsyncIterator<MultipartFile>, locale: Locale) {
  try {
    const next = await parts.next();
    return next.done ? null : next.value;
  } catch (error) {
    if (error instanceof Problem) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') throw malformedUpload(locale, 'error.file.oneAtATime');
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw error;
    throw malformedUpload(locale);
  }
}

const documents: FastifyPluginAsyncZod<{ rateLimits: RateLimits }> = async (
  app,
  { rateLimits },
) => {
  app.post(
    '/applications/:id/documents',
    {
      onRequest: app.requireApplicant,
      config: { rateLimit: rateLimits.applicant },
      schema: {
        summary: 'Upload a scan (multipart: text field `kind`, then file field `file`)',
        consumes: ['multipart/form-data'],
        security: [{ applicationToken: [] }],
        params: z.object({ id: uuidParam }),
        response: { 201: documentSchema, ...problems(401, 403, 404, 409, 413, 415, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new Problem(
          415,
          'unsupported-media-type',
          'Not multipart',
          'Send the file as multipart/form-data.',
        );
      }
      const locale = localeOf(request);
      // request.files(), not request.file(): after the one file, the form is read to its end,
      // so that a body cut off after the file, or a second file, is seen before anything is kept.
      const parts = request.files();
      const part = await nextPart(parts, locale);
      if (!part) {
        throw new Problem(422, 'validation', 'Invalid request', 'No file was sent.', {
          errors: [{ path: 'file', code: 'error.file.missing', message: 'No file was sent.' }],
        });
      }
      const kindField = part.fields.kind;
      const kindValue = kindField && 'value' in kindField ? kindField.value : undefined;
      const kind = documentKindSchema.safeParse(kindValue);
      if (!kind.success) {
        drainUpload(part.file); // so the connection stays healthy
        throw new Problem(
          422,
          'validation',
          'Invalid request',
          'The document kind is missing or unknown; send `kind` before `file`.',
          {
            errors: issuesToFieldErrors(
              kind.error.issues.map((i) => ({ ...i, path: ['kind'] })),
              localeOf(request),
            ),
          },
        );
      }
      let file;
      try {
        await checkRoomForDocument(app.prisma, { applicationId: request.params.id, locale });
        file = await receiveDocument(
          { storage: app.storage, virusScanner: app.virusScanner, inspector: app.inspector },
          part.file,
          {
            maxBytes: MAX_DOCUMENT_BYTES,
            isTruncated: () => part.file.truncated,
            locale,
          },
        );
      } catch (error) {
        drainUpload(part.file); // so the connection stays healthy
        // The parser ended the file with an error of its own: the body stopped half-way.
        if (!(error instanceof Problem) && part.file.errored) throw malformedUpload(locale);
        throw error;
      }
      try {
        const another = await nextPart(parts, locale);
        if (another) {
          drainUpload(another.file);
          throw malformedUpload(locale, 'error.file.oneAtATime');
        }
      } catch (error) {
        await file.discard();
        throw error;
      }
      const document = await addDocument(app.prisma, {
        applicationId: request.params.id,
        kind: kind.data,
        file,
        locale,
        now: app.clock.now(),
      });
      return reply.code(201).send(document);
    },
  );

  app.delete(
    '/applications/:id/documents/:documentId',
    {
      onRequest: app.requireApplicant,
      config: { rateLimit: rateLimits.applicant },
      schema: {
        summary: 'Remove an uploaded scan',
        security: [{ applicationToken: [] }],
        params: z.object({ id: uuidParam, documentId: uuidParam }),
        response: { 204: z.null(), ...problems(401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await removeDocument(app.prisma, app.storage, {
        applicationId: request.params.id,
        documentId: request.params.documentId,
        now: app.clock.now(),
      });
      return reply.code(204).send(null);
    },
  );
};

export default documents;
