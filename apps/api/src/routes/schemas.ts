import { z } from 'zod';
import { uuidSchema } from '@ssc/domain/safe-input';
import { APPLICATION_STATUSES, DOCUMENT_KINDS, REVIEW_DECISIONS } from '@ssc/domain/codes';
import { visitSchema } from '@ssc/domain/visit';

// Response shapes, declared once for validation of our own output and for openapi.json.

/** Path and query ids; the domain's one UUID schema (a malformed id never reaches a query). */
export const uuidParam = uuidSchema;

export const centreSchema = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  addressZh: z.string(),
  addressEn: z.string(),
});

export const blockerSchema = z.object({
  code: z.string(),
  rule: z.string(),
  messageKey: z.string(),
  message: z.string().optional(),
  path: z.string().optional(),
});

export const eligibilitySchema = z.object({
  eligible: z.boolean(),
  blockers: z.array(blockerSchema),
  requiredDocuments: z.array(z.enum(DOCUMENT_KINDS)),
  missingDocuments: z.array(z.enum(DOCUMENT_KINDS)),
  ruleSetVersion: z.string(),
});

export const documentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

export const statusSchema = z.enum(APPLICATION_STATUSES);

const staffRefSchema = z.object({ id: z.string(), displayName: z.string() });

/** Staff review of one scan (staff back office); `by` only in the staff view. */
export const documentReviewSchema = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  reason: z.string().optional(),
  message: z.string().optional(),
  note: z.string().optional(),
  at: z.string(),
  by: staffRefSchema.nullable(),
});

export const applicationViewSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: statusSchema,
  case: z.record(z.string(), z.unknown()),
  documents: z.array(
    documentSchema.extend({ createdAt: z.string(), review: documentReviewSchema.nullish() }),
  ),
  history: z.array(
    z.object({
      status: statusSchema,
      at: z.string(),
      // what the step confirms, as codes a page translates (history-facts.ts)
      facts: z.array(z.string()),
      note: z.string().nullable(),
    }),
  ),
  eligibility: eligibilitySchema,
  centre: centreSchema.nullable(),
  certificate: z.object({ serial: z.string(), issuedAt: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  // staff back office: the open return for correction, confirmations, refusal and pickup
  corrections: z
    .array(
      z.object({
        target: z.object({
          documentId: z.string().optional(),
          kind: z.string().optional(),
          field: z.string().optional(),
        }),
        reason: z.string(),
        message: z.string(),
        note: z.string().optional(),
      }),
    )
    .optional(),
  correctionMessage: z.string().nullish(),
  confirmations: z
    .object({ expensesSettledAt: z.string().optional(), hrssClosedAt: z.string().optional() })
    .optional(),
  rejection: z
    .object({ reason: z.string(), message: z.string(), note: z.string().nullable() })
    .nullish(),
  pickup: z.object({ at: z.string(), by: staffRefSchema.nullable() }).nullish(),
  // docs/rules.md §5.1: the booked visit to the centre (null while none holds a place)
  visit: visitSchema.nullable(),
  // the last booking marked a no-show, while none holds a place (the page offers booking again)
  missedVisit: z.object({ start: z.string(), end: z.string() }).nullable(),
});

export const staffApplicationViewSchema = applicationViewSchema.extend({
  assignee: staffRefSchema.nullable(),
  // docs/rules.md §3.6: other open applications for the same card, for staff to resolve
  sameCard: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      status: statusSchema,
      centre: centreSchema.pick({ id: true, nameZh: true, nameEn: true }).nullable(),
    }),
  ),
  allowedActions: z.array(z.string()),
});

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional(),
  })
  .loose();

/** Problem responses for the OpenAPI document (RFC 9457). */
export const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, problemSchema])) as Record<
    number,
    typeof problemSchema
  >;

/** The body of a download: bytes, described as such (OpenAPI 3.1 `format: binary`). */
const binarySchema = z.string().meta({ format: 'binary' });

/**
 * A success that is a file, not JSON: the route sends the bytes itself (a Buffer or a string
 * with its own content type), so Fastify never runs them through a serializer; this entry is
 * only what openapi.json tells clients to expect, one media type each.
 */
export const fileResponse = (description: string, ...mediaTypes: [string, ...string[]]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: binarySchema }])),
});
