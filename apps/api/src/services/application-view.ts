import type { ApplicationStatus } from '@ssc/domain/codes';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db-types.ts';
import { assessApplication, caseWithDocuments, type Eligibility } from './assess-application.ts';
import { notFound } from '../lib/problem.ts';

export const applicationInclude = {
  documents: { orderBy: { createdAt: 'asc' } },
  events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  centre: true,
  certificate: true,
} satisfies Prisma.ApplicationInclude;

export interface ApplicationView {
  id: string;
  reference: string;
  status: ApplicationStatus;
  case: Record<string, unknown>;
  documents: {
    id: string;
    kind: string;
    contentType: string;
    size: number;
    sha256: string;
    createdAt: string;
  }[];
  history: { status: ApplicationStatus; at: string; note: string | null }[];
  eligibility: Eligibility;
  centre: {
    id: string;
    nameZh: string;
    nameEn: string;
    addressZh: string;
    addressEn: string;
  } | null;
  certificate: { serial: string; issuedAt: string } | null;
  version: number;
  createdAt: string;
  submittedAt: string | null;
}

/** The application as its applicant (or the reviewing staff member) sees it. */
export async function loadApplicationView(
  db: Db,
  id: string,
  today: string,
): Promise<ApplicationView> {
  const application = await db.application.findUnique({
    where: { id },
    include: applicationInclude,
  });
  if (!application) throw notFound('The application');
  const eligibility = await assessApplication(db, application, today);
  const { centre, certificate } = application;
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    case: caseWithDocuments(application) as Record<string, unknown>,
    documents: application.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      contentType: d.contentType,
      size: d.size,
      sha256: d.sha256,
      createdAt: d.createdAt.toISOString(),
    })),
    history: application.events.map((e) => ({
      status: e.status,
      at: e.at.toISOString(),
      note: e.note,
    })),
    eligibility,
    centre: centre
      ? {
          id: centre.id,
          nameZh: centre.nameZh,
          nameEn: centre.nameEn,
          addressZh: centre.addressZh,
          addressEn: centre.addressEn,
        }
      : null,
    certificate: certificate
      ? { serial: certificate.serial, issuedAt: certificate.issuedAt.toISOString() }
      : null,
    version: application.version,
    createdAt: application.createdAt.toISOString(),
    submittedAt: application.submittedAt?.toISOString() ?? null,
  };
}
