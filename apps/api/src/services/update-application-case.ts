import type { RemovedByChange } from '@ssc/domain/contract/applications';
import { caseViewSchema, makeCasePatchSchema } from '@ssc/domain/case-schema';
import { normaliseIdNumber } from '@ssc/domain/id-number';
import { findAcceptedDocuments, pruneInapplicableAnswers } from '@ssc/domain/prune-answers';
import { isApplicantEditable } from '@ssc/domain/status';
import type { DocumentKind } from '@ssc/domain/codes';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { conflict, validationProblem } from '../lib/problem.ts';
import { parseWith } from '../lib/validation.ts';
import type { Locale } from '../lib/i18n.ts';
import { digestCardNumber, digestIdNumber, type Secrets } from '../lib/digests.ts';
import type { DocumentStorage } from '../lib/document-storage.ts';
import { commitChange } from './commit-change.ts';
import type { PersonalData } from './personal-data.ts';

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Merge a partial case into the stored one: sections merge field by field, `null` removes a
 * field or a whole section (RFC 7396 merge patch), anything else replaces.
 */
export function mergeCase(current: Json, patch: Json): Json {
  const merged: Json = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (isPlainObject(value) && isPlainObject(merged[key]))
      merged[key] = mergeCase(merged[key], value);
    else merged[key] = value;
  }
  return merged;
}

export function notEditable(status: string) {
  return conflict(
    'not-editable',
    `The application can no longer be changed by the applicant (status ${status}).`,
    { applicationStatus: status },
  );
}

/** What a change of answer took away ("removes what no longer applies, and says so"). */
export type { RemovedByChange };

export async function updateApplicationCase(
  prisma: PrismaClient,
  secrets: Secrets,
  personalData: PersonalData,
  storage: Pick<DocumentStorage, 'remove'>,
  input: { id: string; patch: unknown; today: string; now: Date; locale: Locale },
): Promise<RemovedByChange> {
  if (!isPlainObject(input.patch)) {
    throw validationProblem([
      { path: '(body)', code: 'error.case.object', message: 'The body must be a JSON object.' },
    ]);
  }
  // Uploaded scans are the only source of `documents` on an application.
  const { documents: _ignored, ...patch } = input.patch;
  const application = await prisma.application.findUnique({
    where: { id: input.id },
    include: { documents: { select: { id: true, kind: true, storageKey: true } } },
  });
  if (!application) throw notEditable('UNKNOWN');
  if (!isApplicantEditable(application.status)) throw notEditable(application.status);

  const merged = mergeCase(personalData.readCase(application), patch);
  // Prune before validating: a stale answer (a typed birth date the new ID number contradicts)
  // is dropped rather than reported as an error in a field the applicant can no longer see.
  // The merge is checked by the schema on the next line; pruning only removes fields.
  // Each field of both halves is checked already (the stored case, the patch's own schema); read
  // as a case, the merge is one too, before the rules that compare fields judge it.
  const pruned = pruneInapplicableAnswers(parseWith(caseViewSchema, merged, input.locale));
  const answers = parseWith(makeCasePatchSchema(input.today), pruned.case, input.locale);

  // docs/rules.md §4: scans of kinds this case no longer asks for (nor accepts) go with the answer.
  const accepted = new Set<DocumentKind>(findAcceptedDocuments(answers, input.today));
  const stale = application.documents.filter((d) => !accepted.has(d.kind));

  const idNumber = answers.cardholder?.idNumber
    ? normaliseIdNumber(answers.cardholder.idNumber)
    : undefined;
  const cardNumber = answers.cardholder?.cardNumber;
  const centreId = answers.serviceCentre ?? null;
  if (centreId) {
    const centre = await prisma.serviceCentre.findUnique({
      where: { id: centreId },
      select: { id: true },
    });
    if (!centre) {
      throw validationProblem([
        {
          path: 'serviceCentre',
          code: 'error.serviceCentre.unknown',
          message: 'Unknown service centre.',
        },
      ]);
    }
  }

  await prisma.$transaction(async (tx) => {
    // Optimistic: the change was made on the version read above; a concurrent edit of the same
    // draft loses cleanly instead of mixing answers.
    await commitChange(tx, application.id, {
      actor: 'APPLICANT',
      version: application.version,
      now: input.now,
      data: {
        ...personalData.sealCase(application, answers),
        filerRole: answers.filer?.role ?? application.filerRole,
        reason: answers.reason ?? null,
        cardholderIdDigest: idNumber ? digestIdNumber(secrets, idNumber) : null,
        cardNumberDigest: cardNumber ? digestCardNumber(secrets, cardNumber) : null,
        centreId,
      },
      audit: stale.map((document) => ({
        action: 'DOCUMENT_REMOVED' as const,
        documentId: document.id,
        detail: { kind: document.kind, cause: 'NO_LONGER_APPLIES' },
      })),
    });
    if (stale.length === 0) return;
    // Only the documents read above: one uploaded meanwhile has already bumped the version.
    await tx.document.deleteMany({
      where: { applicationId: application.id, id: { in: stale.map((d) => d.id) } },
    });
  });

  // The rows are gone for good; only now remove the files (as removeDocument does: a leftover
  // file is harmless, a row pointing at a missing file is not).
  for (const document of stale) await storage.remove(document.storageKey);

  return {
    answers: pruned.removed,
    documents: stale.map((d) => ({ id: d.id, kind: d.kind })),
  };
}
