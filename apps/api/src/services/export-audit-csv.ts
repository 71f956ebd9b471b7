import { listAuditEvents } from './list-audit-events.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { recordAudit } from './record-audit.ts';
import type { PersonalData } from './personal-data.ts';
import type { AuditFilter } from './audit-scope.ts';

/**
 * One CSV cell. Quoted always; a cell a spreadsheet would read as a formula (= + - @, or a tab
 * or carriage return that some spreadsheets also honour) gets a leading apostrophe (OWASP
 * "CSV injection").
 */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const MAX_EXPORT_ROWS = 50_000;

/** The same filters as the list, as CSV (UTF-8 with BOM so spreadsheets read Chinese right). */
export async function exportAuditCsv(
  prisma: PrismaClient,
  personalData: PersonalData,
  staff: StaffPrincipal,
  filter: Omit<AuditFilter, 'limit' | 'cursor'>,
) {
  const header = [
    'id',
    'at',
    'actorType',
    'actorId',
    'actor',
    'action',
    'applicationId',
    'reference',
    'documentId',
    'detail',
  ];
  const lines = [header.map(csvCell).join(',')];
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await listAuditEvents(prisma, personalData, staff, {
      ...filter,
      cursor,
      limit: 500,
    });
    for (const item of page.items) {
      lines.push(
        [
          item.id,
          item.at,
          item.actorType,
          item.actor?.id ?? '',
          item.actor?.displayName ?? '',
          item.action,
          item.applicationId ?? '',
          item.reference ?? '',
          item.documentId ?? '',
          item.detail,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && count < MAX_EXPORT_ROWS);
  await recordAudit(prisma, {
    actorType: 'STAFF',
    actorId: staff.id,
    action: 'STAFF_EXPORTED_AUDIT',
    detail: { rows: count },
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
