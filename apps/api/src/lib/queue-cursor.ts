import { z } from 'zod';
import { parseQueryDate, textSchema, uuidSchema } from '@ssc/domain/safe-input';

/**
 * The review queue's page link: where the last page ended, as (submittedAt, id). Opaque to the
 * browser, but it comes back as a query parameter, so the route's schema checks it like any
 * other input and a forged one is a 422 naming `cursor`, never a database error.
 */
export interface QueueCursor {
  submittedAt: Date;
  id: string;
}

export function encodeQueueCursor(cursor: QueueCursor): string {
  return Buffer.from(
    JSON.stringify({ s: cursor.submittedAt.toISOString(), i: cursor.id }),
  ).toString('base64url');
}

const content = z.strictObject({
  s: z.string().refine((s) => parseQueryDate(s) !== null),
  i: uuidSchema,
});

export const queueCursorSchema = textSchema()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: 'error.cursor.invalid', abort: true })
  .transform((value, ctx): QueueCursor => {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    } catch {
      decoded = undefined;
    }
    const parsed = content.safeParse(decoded);
    if (!parsed.success) {
      ctx.issues.push({ code: 'custom', message: 'error.cursor.invalid', input: value });
      return z.NEVER;
    }
    return { submittedAt: new Date(parsed.data.s), id: parsed.data.i };
  });
