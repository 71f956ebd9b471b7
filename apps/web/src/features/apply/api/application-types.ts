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

// The case as the draft holds it so far. `null` in a patch removes an answer (merge patch).
export type DraftPatch = {
  [K in keyof DraftCase]?: DraftCase[K] | null;
};
