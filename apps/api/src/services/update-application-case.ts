import { makeCasePatchSchema } from '@ssc/domain/case-schema';
import { normaliseIdNumber } from '@ssc/domain/id-number';
import { isApplicantEditable } from '@ssc/domain/status';
import type { ApplicationStatus } from '@ssc/domain/codes';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { conflict, validationProblem } from '../lib/problem.ts';
import { parseWith } from '../lib/validation.ts';
import type { Locale } from '../lib/i18n.ts';
import { digestCardNumber, digestIdNumber, type Secrets } from '../plugins/app/secrets.ts';

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

export async function updateApplicationCase(
  prisma: PrismaClient,
  secrets: Secrets,
  input: { id: string; patch: unknown; today: string; locale: Locale },
) {
  if (!isPlainObject(input.patch)) {
    throw validationProblem([
      { path: '(body)', code: 'error.case.object', message: 'The body must be a JSON object.' },
    ]);
  }
  // Uploaded scans are the only source of `documents` on an application.
  const { documents: _ignored, ...patch } = input.patch;
  const application = await prisma.application.findUnique({ where: { id: input.id } });
  if (!application) throw notEditable('UNKNOWN');
  if (!isApplicantEditable(application.status as ApplicationStatus))
    throw notEditable(application.status);

  const merged = mergeCase((application.case ?? {}) as Json, patch);
  const answers = parseWith(makeCasePatchSchema(input.today), merged, input.locale) as Json;

  const cardholder = isPlainObject(answers.cardholder) ? answers.cardholder : {};
  const idNumber =
    typeof cardholder.idNumber === 'string' ? normaliseIdNumber(cardholder.idNumber) : undefined;
  const cardNumber = typeof cardholder.cardNumber === 'string' ? cardholder.cardNumber : undefined;
  const filer = isPlainObject(answers.filer) ? answers.filer : {};
  const centreId = typeof answers.serviceCentre === 'string' ? answers.serviceCentre : null;
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

  // Optimistic lock: a concurrent edit of the same draft loses cleanly instead of mixing answers.
  const updated = await prisma.application.updateMany({
    where: { id: application.id, version: application.version },
    data: {
      case: answers as object,
      filerRole: typeof filer.role === 'string' ? filer.role : application.filerRole,
      reason: typeof answers.reason === 'string' ? answers.reason : null,
      cardholderIdDigest: idNumber ? digestIdNumber(secrets, idNumber) : null,
      cardNumberDigest: cardNumber ? digestCardNumber(secrets, cardNumber) : null,
      centreId,
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) {
    throw conflict(
      'edited-elsewhere',
      'The application was changed at the same time elsewhere; reload and try again.',
    );
  }
}
