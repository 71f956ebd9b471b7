import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitChange } from '../../src/services/commit-change.ts';
import { Problem } from '../../src/lib/problem.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/database.ts';

// The one door through which an application changes (services/commit-change.ts): checked on
// both databases, since its lock is SQL of its own.
const kinds = await databaseKinds();

describe.each(kinds)('commitChange on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => database?.dispose());

  /** A fresh application in `status`, at version 0. */
  async function application(status: 'DRAFT' | 'SUBMITTED' = 'DRAFT') {
    const id = randomUUID();
    await database.prisma.application.create({
      data: {
        id,
        reference: randomBytes(6).toString('hex').toUpperCase(),
        accessTokenHash: randomBytes(16).toString('hex'),
        filerRole: 'CARDHOLDER',
        status,
      },
    });
    return id;
  }

  const history = (id: string) =>
    database.prisma.statusEvent.findMany({
      where: { applicationId: id },
      orderBy: { at: 'asc' },
      select: { status: true, actorType: true, actorId: true, note: true, facts: true },
    });
  const audit = (id: string) =>
    database.prisma.auditEvent.findMany({
      where: { applicationId: id },
      orderBy: { id: 'asc' },
      select: { action: true, actorType: true, actorId: true, documentId: true, detail: true },
    });

  it('moves the status step by step, writing the history, the audit and version + 1', async () => {
    const id = await application('SUBMITTED');
    const staffId = randomUUID();
    const now = new Date('2026-12-08T02:00:00.000Z');
    const version = await database.prisma.$transaction((tx) =>
      commitChange(tx, id, {
        actor: 'STAFF',
        actorId: staffId,
        version: 0,
        path: ['UNDER_REVIEW', 'RETURNED_FOR_CORRECTION'],
        now,
        note: 'sealed note',
        audit: [{ action: 'APPLICATION_RETURNED', detail: { items: 1 } }],
      }),
    );
    expect(version).toBe(1);
    expect(
      await database.prisma.application.findUniqueOrThrow({
        where: { id },
        select: { status: true, version: true },
      }),
    ).toEqual({ status: 'RETURNED_FOR_CORRECTION', version: 1 });
    expect(await history(id)).toEqual([
      { status: 'UNDER_REVIEW', actorType: 'STAFF', actorId: staffId, note: null, facts: [] },
      {
        status: 'RETURNED_FOR_CORRECTION',
        actorType: 'STAFF',
        actorId: staffId,
        note: 'sealed note',
        facts: [],
      },
    ]);
    expect(await audit(id)).toEqual([
      {
        action: 'APPLICATION_RETURNED',
        actorType: 'STAFF',
        actorId: staffId,
        documentId: null,
        detail: { items: 1 },
      },
    ]);
  });

  it('refuses a change made on an older version, and writes nothing', async () => {
    const id = await application();
    const change = {
      actor: 'APPLICANT' as const,
      version: 0,
      path: ['SUBMITTED' as const],
      now: new Date(),
      audit: [{ action: 'APPLICATION_SUBMITTED' as const }],
    };
    await database.prisma.$transaction((tx) => commitChange(tx, id, change));
    const again = await database.prisma
      .$transaction((tx) => commitChange(tx, id, change))
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(Problem);
    expect((again as Problem).slug).toBe('edited-elsewhere');
    expect(await history(id)).toHaveLength(1);
    expect(await audit(id)).toHaveLength(1);
  });

  it('refuses a step the lifecycle does not allow this actor, and writes nothing', async () => {
    const id = await application();
    // An applicant cannot approve their own application.
    const refused = await database.prisma
      .$transaction((tx) =>
        commitChange(tx, id, {
          actor: 'APPLICANT',
          version: 0,
          path: ['SUBMITTED', 'APPROVED'],
          now: new Date(),
          audit: [{ action: 'APPLICATION_APPROVED' }],
        }),
      )
      .catch((error: unknown) => error);
    expect((refused as Problem).slug).toBe('wrong-status');
    expect(
      await database.prisma.application.findUniqueOrThrow({
        where: { id },
        select: { status: true, version: true },
      }),
    ).toEqual({ status: 'DRAFT', version: 0 });
    expect(await history(id)).toEqual([]);
    expect(await audit(id)).toEqual([]);
  });

  it('lets exactly one of two changes made on the same version through', async () => {
    const id = await application();
    const withdraw = () =>
      database.prisma.$transaction((tx) =>
        commitChange(tx, id, {
          actor: 'APPLICANT',
          version: 0,
          path: ['WITHDRAWN'],
          now: new Date(),
          audit: [{ action: 'APPLICATION_WITHDRAWN' }],
        }),
      );
    const results = await Promise.allSettled([withdraw(), withdraw()]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await history(id)).toHaveLength(1);
    expect(await audit(id)).toHaveLength(1);
  });
});
