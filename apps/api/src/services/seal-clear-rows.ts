import { z } from 'zod';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { isSealedText, SEALED_TEXT_PREFIX } from '../lib/field-encryption.ts';
import type { PersonalData } from './personal-data.ts';

/**
 * docs/decisions/012-personal-data-at-rest.md: SQL cannot encrypt with our keys, so the
 * migration only adds the sealed columns and this step, run at every start-up before the
 * service answers, seals what an earlier release stored in clear, a batch at a time. Each
 * batch is its own short transaction, so a large table never holds one long lock, and a run
 * cut short simply continues at the next start. Nothing left to do costs one query per table.
 */

const BATCH = 200;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const LIKE_SEALED = `${SEALED_TEXT_PREFIX}%`;

const idRows = z.array(z.object({ id: z.string() }));
const bigIdRows = z.array(z.object({ id: z.bigint() }));

export interface SealingReport {
  applications: number;
  documents: number;
  corrections: number;
  statusEvents: number;
  auditEvents: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function sealClearRows(
  prisma: PrismaClient,
  vault: PersonalData,
): Promise<SealingReport> {
  const report: SealingReport = {
    applications: 0,
    documents: 0,
    corrections: 0,
    statusEvents: 0,
    auditEvents: 0,
  };

  // Applications first: every later table seals with the application's data key.
  // Keyset order, so a row skipped (changed meanwhile) is not asked for again in this run.
  let afterUuid = NIL_UUID;
  for (;;) {
    const ids = idRows.parse(
      await prisma.$queryRaw`SELECT id::text AS id FROM "Application"
        WHERE id > ${afterUuid}::uuid AND ("case" IS NOT NULL OR "dataKey" IS NULL
           OR ("rejectionNote" IS NOT NULL AND "rejectionNote" NOT LIKE ${LIKE_SEALED}))
        ORDER BY id LIMIT ${BATCH}`,
    );
    if (ids.length === 0) break;
    afterUuid = ids.at(-1)!.id;
    const rows = await prisma.application.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      select: { id: true, version: true, case: true, dataKey: true, rejectionNote: true },
    });
    for (const row of rows) {
      const keyed = { id: row.id, dataKey: row.dataKey ?? vault.newKey(row.id).dataKey };
      const updated = await prisma.application.updateMany({
        // Guarded by the version read: a write in between wins, and the next pass takes it.
        where: { id: row.id, version: row.version },
        data: {
          dataKey: keyed.dataKey,
          ...(row.case !== null
            ? { caseSealed: vault.sealLegacyCase(keyed, row.case), case: Prisma.DbNull }
            : {}),
          ...(row.rejectionNote && !isSealedText(row.rejectionNote)
            ? {
                rejectionNote: vault.sealNote(
                  keyed,
                  'Application.rejectionNote',
                  row.rejectionNote,
                ),
              }
            : {}),
        },
      });
      report.applications += updated.count;
    }
  }

  afterUuid = NIL_UUID;
  for (;;) {
    const ids = idRows.parse(
      await prisma.$queryRaw`SELECT id::text AS id FROM "Document"
        WHERE id > ${afterUuid}::uuid
          AND "reviewNote" IS NOT NULL AND "reviewNote" NOT LIKE ${LIKE_SEALED}
        ORDER BY id LIMIT ${BATCH}`,
    );
    if (ids.length === 0) break;
    afterUuid = ids.at(-1)!.id;
    const rows = await prisma.document.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      select: { id: true, reviewNote: true, application: { select: { id: true, dataKey: true } } },
    });
    for (const row of rows) {
      if (!row.reviewNote || isSealedText(row.reviewNote)) continue;
      const updated = await prisma.document.updateMany({
        where: { id: row.id, reviewNote: row.reviewNote },
        data: {
          reviewNote: vault.sealNote(row.application, 'Document.reviewNote', row.reviewNote),
        },
      });
      report.documents += updated.count;
    }
  }

  afterUuid = NIL_UUID;
  for (;;) {
    const ids = idRows.parse(
      await prisma.$queryRaw`SELECT id::text AS id FROM "CorrectionRequest"
        WHERE id > ${afterUuid}::uuid AND ((message IS NOT NULL AND message NOT LIKE ${LIKE_SEALED})
           OR (jsonb_typeof(items) = 'array' AND EXISTS (
                SELECT 1 FROM jsonb_array_elements(items) AS item
                WHERE jsonb_typeof(item -> 'note') = 'string'
                  AND item ->> 'note' NOT LIKE ${LIKE_SEALED})))
        ORDER BY id LIMIT ${BATCH}`,
    );
    if (ids.length === 0) break;
    afterUuid = ids.at(-1)!.id;
    const rows = await prisma.correctionRequest.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      select: {
        id: true,
        message: true,
        items: true,
        application: { select: { id: true, dataKey: true } },
      },
    });
    for (const row of rows) {
      if (!Array.isArray(row.items)) continue;
      const items = row.items.map((item) =>
        isRecord(item) && typeof item.note === 'string' && !isSealedText(item.note)
          ? {
              ...item,
              note: vault.sealNote(row.application, 'CorrectionRequest.items.note', item.note),
            }
          : item,
      );
      await prisma.correctionRequest.update({
        where: { id: row.id },
        data: {
          message:
            row.message && !isSealedText(row.message)
              ? vault.sealNote(row.application, 'CorrectionRequest.message', row.message)
              : row.message,
          items,
        },
      });
      report.corrections++;
    }
  }

  // The history tables are append-only; their trigger lets exactly this change through
  // (prisma/migrations/20261204063437_personal_data_sealed/migration.sql).
  let afterId = 0n;
  for (;;) {
    const ids = bigIdRows.parse(
      await prisma.$queryRaw`SELECT id FROM "StatusEvent"
        WHERE id > ${afterId} AND note IS NOT NULL AND note NOT LIKE ${LIKE_SEALED}
        ORDER BY id LIMIT ${BATCH}`,
    );
    if (ids.length === 0) break;
    afterId = ids.at(-1)!.id;
    const rows = await prisma.statusEvent.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      select: { id: true, note: true, application: { select: { id: true, dataKey: true } } },
    });
    for (const row of rows) {
      if (!row.note || isSealedText(row.note)) continue;
      await prisma.statusEvent.update({
        where: { id: row.id },
        data: { note: vault.sealNote(row.application, 'StatusEvent.note', row.note) },
      });
      report.statusEvents++;
    }
  }

  afterId = 0n;
  for (;;) {
    const ids = bigIdRows.parse(
      await prisma.$queryRaw`SELECT id FROM "AuditEvent"
        WHERE id > ${afterId} AND "applicationId" IS NOT NULL
          AND jsonb_typeof(detail -> 'note') = 'string'
          AND detail ->> 'note' NOT LIKE ${LIKE_SEALED}
        ORDER BY id LIMIT ${BATCH}`,
    );
    if (ids.length === 0) break;
    afterId = ids.at(-1)!.id;
    const rows = await prisma.auditEvent.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      select: { id: true, applicationId: true, detail: true },
    });
    const keys = await prisma.application.findMany({
      where: { id: { in: rows.flatMap((r) => r.applicationId ?? []) } },
      select: { id: true, dataKey: true },
    });
    for (const row of rows) {
      const application = keys.find((k) => k.id === row.applicationId);
      const detail = row.detail;
      if (!application || !isRecord(detail) || typeof detail.note !== 'string') continue;
      await prisma.auditEvent.update({
        where: { id: row.id },
        data: {
          detail: { ...detail, note: vault.sealNote(application, 'AuditEvent.note', detail.note) },
        },
      });
      report.auditEvents++;
    }
  }
  return report;
}
