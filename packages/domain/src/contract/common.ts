import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  CORRECTABLE_ANSWERS,
  DOCUMENT_KINDS,
  REJECTION_REASONS,
  REVIEW_DECISIONS,
  REVIEW_REASONS,
} from '../codes.ts';

// The shapes both sides of /api/v1 share (docs/decisions/019-one-contract.md): the API declares
// its routes with them (and so openapi.json), the web app reads its answers by them.

export const statusSchema = z.enum(APPLICATION_STATUSES);
export const documentKindCodeSchema = z.enum(DOCUMENT_KINDS);

/** A service centre, as every list and view gives it (Guide §II.2). */
export const centreSchema = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    addressZh: z.string(),
    addressEn: z.string(),
  })
  .meta({ id: 'Centre' });
export type Centre = z.output<typeof centreSchema>;

/** A centre named only, where its address is not the point (the counter's day, a certificate). */
export const centreNameSchema = centreSchema.pick({ id: true, nameZh: true, nameEn: true });

/** Why a case cannot be filed yet: the rule, and its message key (packages/domain/eligibility). */
export const blockerSchema = z.object({
  code: z.string(),
  rule: z.string(),
  messageKey: z.string(),
  message: z.string().optional(),
  path: z.string().optional(),
});
export type Blocker = z.output<typeof blockerSchema>;

export const eligibilitySchema = z
  .object({
    eligible: z.boolean(),
    blockers: z.array(blockerSchema),
    requiredDocuments: z.array(documentKindCodeSchema),
    missingDocuments: z.array(documentKindCodeSchema),
    ruleSetVersion: z.string(),
  })
  .meta({ id: 'Eligibility' });
export type EligibilityView = z.output<typeof eligibilitySchema>;

/** An uploaded scan, as the upload answers it (POST …/documents). */
export const documentSchema = z.object({
  id: z.string(),
  kind: documentKindCodeSchema,
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type UploadedDocument = z.output<typeof documentSchema>;

export const staffRefSchema = z.object({ id: z.string(), displayName: z.string() });
export type StaffRef = z.output<typeof staffRefSchema>;

/** Staff review of one scan; `by` is named in the staff view only. */
export const documentReviewSchema = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  reason: z.enum(REVIEW_REASONS).optional(),
  message: z.string().optional(),
  note: z.string().optional(),
  at: z.string(),
  by: staffRefSchema.nullable(),
});
export type DocumentReview = z.output<typeof documentReviewSchema>;

/** One thing the applicant must fix (Guide §II.4 补正): a stored scan, a missing kind or an answer. */
export const correctionSchema = z.object({
  target: z.object({
    documentId: z.string().optional(),
    kind: documentKindCodeSchema.optional(),
    field: z.enum(CORRECTABLE_ANSWERS).optional(),
  }),
  reason: z.enum(REVIEW_REASONS),
  message: z.string(),
  note: z.string().optional(),
});
export type Correction = z.output<typeof correctionSchema>;

/** A refusal as the applicant and tracking see it: the reason's code and its words. */
export const rejectionReasonCodeSchema = z.enum(REJECTION_REASONS);

/** One bad field of a 422: where, its message key, and the words in the reader's language. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.output<typeof fieldErrorSchema>;

/**
 * RFC 9457 problem details, as every error answers (docs/api.md "General"); an operation may add
 * members of its own (the blockers of a submission, a visit's `dueFrom`).
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .loose();
export type ProblemDetails = z.output<typeof problemSchema>;
