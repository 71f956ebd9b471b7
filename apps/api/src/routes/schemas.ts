import { z } from 'zod';
import { uuidSchema } from '@ssc/domain/safe-input';
import { problemSchema } from '@ssc/domain/contract/common';

// The shapes the web app reads too are the contract's (packages/domain/src/contract,
// docs/decisions/019-one-contract.md); what only the API's own routes need stays here.
export {
  blockerSchema,
  centreSchema,
  documentReviewSchema,
  documentSchema,
  eligibilitySchema,
  statusSchema,
} from '@ssc/domain/contract/common';
export { applicationViewSchema } from '@ssc/domain/contract/applications';

/** Path and query ids; the domain's one UUID schema (a malformed id never reaches a query). */
export const uuidParam = uuidSchema;

export { staffApplicationViewSchema } from '@ssc/domain/contract/staff';

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
