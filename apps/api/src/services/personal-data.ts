import { casePatchSchema, type CasePatch } from '@ssc/domain/case-schema';
import { Prisma } from '../generated/prisma/client.ts';
import {
  isSealedText,
  newDataKey,
  openBytes,
  openText,
  sealBytes,
  sealText,
  unwrapDataKey,
  type Keyring,
} from '../lib/field-encryption.ts';

/**
 * Every field sealed with an application's data key, by name: the name is part of each sealed
 * value's additional data (lib/field-encryption.ts), so a value cannot be moved between fields.
 */
export type SealedField =
  | 'case'
  | 'Application.rejectionNote'
  | 'Document.reviewNote'
  | 'CorrectionRequest.message'
  | 'CorrectionRequest.items.note'
  | 'StatusEvent.note'
  | 'AuditEvent.note';

/** What of an application row the sealing needs: its id (the additional data) and data key. */
export interface KeyedRow {
  id: string;
  dataKey: Uint8Array | null;
}

/** The stored case: sealed, or (only in rows the start-up step has not reached yet) clear. */
export interface StoredCaseRow extends KeyedRow {
  caseSealed: Uint8Array | null;
  case: unknown;
}

/** Prisma's Bytes columns take a plain Uint8Array backed by an ArrayBuffer. */
const toBytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer);

/**
 * Personal data at rest (docs/decisions/012-personal-data-at-rest.md): the one place that
 * reads and writes the sealed case and the sealed notes of an application.
 */
export class PersonalData {
  readonly keyring: Keyring;

  constructor(keyring: Keyring) {
    this.keyring = keyring;
  }

  /** A new application's data key, wrapped for its row; the id must be chosen before insert. */
  newKey(applicationId: string): { dataKey: Uint8Array<ArrayBuffer> } {
    return { dataKey: toBytes(newDataKey(this.keyring, applicationId).wrapped) };
  }

  #key(row: KeyedRow): Buffer {
    if (!row.dataKey) throw new Error(`application ${row.id} has no data key`);
    return unwrapDataKey(this.keyring, row.id, row.dataKey);
  }

  /**
   * The one typed reader of the stored case: unsealed and parsed with the domain's schema. A
   * clear `case` wins over a sealed one, since only the previous release writes it (the
   * start-up step seals it again): during a rolling upgrade its write is the newer.
   */
  readCase(row: StoredCaseRow): CasePatch {
    if (row.case !== null && row.case !== undefined) return casePatchSchema.parse(row.case);
    if (!row.caseSealed) return casePatchSchema.parse({});
    const json = openBytes(this.#key(row), row.id, 'case', row.caseSealed).toString('utf8');
    return casePatchSchema.parse(JSON.parse(json));
  }

  /** The one writer: the columns to store for these answers (the clear column emptied). */
  sealCase(row: KeyedRow, answers: CasePatch) {
    const plain = Buffer.from(JSON.stringify(answers), 'utf8');
    return {
      caseSealed: toBytes(sealBytes(this.#key(row), row.id, 'case', plain)),
      case: Prisma.DbNull,
    };
  }

  /**
   * Seals a clear case exactly as the previous release stored it, for the start-up step: the
   * bytes go in unchanged, and every later read still parses them with the domain's schema.
   */
  sealLegacyCase(row: KeyedRow, clearJson: unknown) {
    const plain = Buffer.from(JSON.stringify(clearJson), 'utf8');
    return toBytes(sealBytes(this.#key(row), row.id, 'case', plain));
  }

  sealNote(row: KeyedRow, field: SealedField, text: string): string;
  sealNote(row: KeyedRow, field: SealedField, text: string | null | undefined): string | null;
  sealNote(row: KeyedRow, field: SealedField, text: string | null | undefined): string | null {
    if (text === null || text === undefined) return null;
    return sealText(this.#key(row), row.id, field, text);
  }

  /** A stored note in clear; a note written before sealing existed is returned as it is. */
  openNote(row: KeyedRow, field: SealedField, stored: string | null | undefined): string | null {
    if (stored === null || stored === undefined) return null;
    if (!isSealedText(stored)) return stored;
    return openText(this.#key(row), row.id, field, stored);
  }
}
