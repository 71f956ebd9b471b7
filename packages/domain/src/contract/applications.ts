import { z } from 'zod';
import { caseViewSchema } from '../case-schema.ts';
import { filerRoleSchema } from '../codes.ts';
import { historyFactSchema } from '../history-facts.ts';
import { textSchema } from '../safe-input.ts';
import { visitSchema } from '../visit.ts';
import {
  centreSchema,
  correctionSchema,
  documentKindCodeSchema,
  documentReviewSchema,
  documentSchema,
  eligibilitySchema,
  rejectionReasonCodeSchema,
  statusSchema,
} from './common.ts';

// The applicant's operations (docs/api.md "Applications", "Tracking", "Certificates").

/** POST /applications */
export const createApplicationBodySchema = z.object({ filer: z.object({ role: filerRoleSchema }) });
export const createdApplicationSchema = z.object({
  id: z.string(),
  reference: z.string(),
  accessToken: z.string(),
  status: z.literal('DRAFT'),
});
export type CreatedApplication = z.output<typeof createdApplicationSchema>;

/** GET /applications/{id}: the applicant's own application, as the pages read it. */
export const applicationViewSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: statusSchema,
  case: caseViewSchema,
  documents: z.array(
    documentSchema.extend({ createdAt: z.string(), review: documentReviewSchema.nullish() }),
  ),
  history: z.array(
    z.object({
      status: statusSchema,
      at: z.string(),
      // what the step confirms, as codes a page translates (history-facts.ts)
      facts: z.array(historyFactSchema),
      note: z.string().nullable(),
    }),
  ),
  eligibility: eligibilitySchema,
  centre: centreSchema.nullable(),
  certificate: z.object({ serial: z.string(), issuedAt: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  // the open return for correction (status RETURNED_FOR_CORRECTION), else empty
  corrections: z.array(correctionSchema),
  correctionMessage: z.string().nullable(),
  confirmations: z.object({
    expensesSettledAt: z.string().optional(),
    hrssClosedAt: z.string().optional(),
  }),
  rejection: z
    .object({ reason: rejectionReasonCodeSchema, message: z.string(), note: z.string().nullable() })
    .nullable(),
  pickup: z
    .object({
      at: z.string(),
      by: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    })
    .nullable(),
  // docs/rules.md §5.1: the booked visit to the centre (null while none holds a place)
  visit: visitSchema.nullable(),
  // the last booking marked a no-show, while none holds a place (the page offers booking again)
  missedVisit: z.object({ start: z.string(), end: z.string() }).nullable(),
});
export type ApplicationView = z.output<typeof applicationViewSchema>;

/** What a change of answer removed because it no longer applies (PATCH answer). */
export const removedByChangeSchema = z.object({
  answers: z.array(z.string()),
  documents: z.array(z.object({ id: z.string(), kind: documentKindCodeSchema })),
});
export type RemovedByChange = z.output<typeof removedByChangeSchema>;

export const patchedApplicationSchema = applicationViewSchema.extend({
  removed: removedByChangeSchema,
});
export type PatchedApplication = z.output<typeof patchedApplicationSchema>;

/** POST /applications/{id}/submit */
export const submittedApplicationSchema = z.object({
  status: z.literal('SUBMITTED'),
  reference: z.string(),
});
export type SubmittedApplication = z.output<typeof submittedApplicationSchema>;

/** POST /applications/{id}/withdraw */
export const withdrawnApplicationSchema = z.object({ status: statusSchema, reference: z.string() });
export type WithdrawnApplication = z.output<typeof withdrawnApplicationSchema>;

/** GET /centres */
export const centresSchema = z.array(centreSchema);

/** POST /tracking: the pair that is the only secret (no sign-in). */
export const trackingBodySchema = z.object({
  reference: textSchema({ error: 'error.reference.required' })
    .trim()
    .min(4, 'error.reference.required')
    .max(40),
  idNumber: textSchema({ error: 'error.idNumber.required' })
    .trim()
    .min(1, 'error.idNumber.required')
    .max(40),
});

/** What tracking tells: no personal data, only codes, dates and the centre. */
export const trackingResultSchema = z.object({
  reference: z.string(),
  status: statusSchema,
  timeline: z.array(z.object({ status: statusSchema, at: z.string() })),
  pickup: z.object({ centre: centreSchema, readyAt: z.string() }).optional(),
  // what to fix (kinds, answer paths and reason codes only: no personal data)
  corrections: z
    .array(
      correctionSchema.pick({ reason: true, message: true }).extend({
        kind: documentKindCodeSchema.optional(),
        field: correctionSchema.shape.target.shape.field,
      }),
    )
    .optional(),
  rejection: z.object({ reason: rejectionReasonCodeSchema, message: z.string() }).optional(),
  // docs/rules.md §5.1: the booked visit (time and centre only), null while none
  visit: visitSchema.nullable(),
});
export type TrackingResult = z.output<typeof trackingResultSchema>;

/** GET /certificates/{serial}/verification: what a bank may know of a certificate. */
export const certificateVerificationSchema = z.object({
  valid: z.boolean(),
  status: z.string(),
  issuedAt: z.string(),
  holder: z.string(),
  serial: z.string(),
  centreId: z.string(),
  centre: z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() }),
});
export type CertificateVerification = z.output<typeof certificateVerificationSchema>;
