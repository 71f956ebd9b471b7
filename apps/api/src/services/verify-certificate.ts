import type { PrismaClient } from '../generated/prisma/client.ts';
import { notFound } from '../lib/problem.ts';

/** Public check for a bank or anyone holding a certificate: masked name only (docs/api.md). */
export async function verifyCertificate(prisma: PrismaClient, serial: string) {
  const certificate = await prisma.certificate.findUnique({
    where: { serial: serial.trim().toUpperCase() },
    include: {
      application: { select: { status: true } },
      centre: { select: { id: true, nameZh: true, nameEn: true } },
    },
  });
  if (!certificate) throw notFound('The certificate');
  return {
    valid: certificate.revokedAt === null,
    status: certificate.revokedAt ? 'REVOKED' : certificate.application.status,
    issuedAt: certificate.issuedAt.toISOString(),
    holder: certificate.holderMasked,
    serial: certificate.serial,
    centreId: certificate.centreId,
    // A reader knows a centre by its name, never its code.
    centre: certificate.centre,
  };
}
