import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentKindSchema } from '@ssc/domain/codes';
import { localeOf } from '../lib/i18n.ts';
import { Problem } from '../lib/problem.ts';
import { issuesToFieldErrors } from '../lib/validation.ts';
import { MAX_DOCUMENT_BYTES } from '../plugins/external/multipart.ts';
import {
  addDocument,
  checkRoomForDocument,
  drainUpload,
  receiveDocument,
  removeDocument,
} from '../services/add-document.ts';
import { documentSchema, problems, uuidParam } from './schemas.ts';
import type { RateLimits } from './rate-limits.ts';

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
        response: { 201: documentSchema, ...problems(401, 404, 409, 413, 415, 422, 503) },
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
      const part = await request.file();
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
      const locale = localeOf(request);
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
        throw error;
      }
      const document = await addDocument(app.prisma, {
        applicationId: request.params.id,
        kind: kind.data,
        file,
        locale,
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
        response: { 204: z.null(), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeDocument(app.prisma, app.storage, {
        applicationId: request.params.id,
        documentId: request.params.documentId,
      });
      return reply.code(204).send(null);
    },
  );
};

export default documents;
