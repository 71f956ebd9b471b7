import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';

/** Documents: at most 10 MB a file (docs/decisions/005-document-storage.md), one file and one field per request. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export default fp(
  async (app) => {
    await app.register(multipart, {
      limits: {
        fileSize: MAX_DOCUMENT_BYTES,
        files: 1,
        fields: 2,
        parts: 3,
        fieldSize: 200,
        headerPairs: 50,
      },
    });
  },
  { name: 'multipart' },
);
