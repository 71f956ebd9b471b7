import type { CasePatch } from '@ssc/domain/case-schema';

// The service's answers are the contract's shapes (packages/domain/src/contract,
// docs/decisions/019-one-contract.md), imported as types only: no bundle cost, no copy to drift.
export type {
  ApplicationView as Application,
  PatchedApplication,
  RemovedByChange,
} from '@ssc/domain/contract/applications';
export type { Blocker, Centre, Correction, UploadedDocument } from '@ssc/domain/contract/common';

// The case as the draft holds it so far (docs/api.md "Case shape"); every part may still be missing.
// The domain's own type, so that the wizard and the rules never disagree on the shape.
export type DraftCase = CasePatch;

// A change to the draft, as PATCH /applications/{id} takes it: `null` removes an answer or a
// section (merge patch), a section's fields merge one by one.
export type { CaseMergePatch as DraftPatch } from '@ssc/domain/case-schema';
