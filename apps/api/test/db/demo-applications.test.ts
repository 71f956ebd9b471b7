import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApplicants, seedDemoApplications } from '../../src/db/demo-applications.ts';
import type { DemoApplication } from '../../src/db/demo-applications.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { databaseKinds } from '../helpers/database.ts';

const kinds = await databaseKinds();

// The demo (`npm start`) opens with approved applications, filed through the service's own API,
// so staff see them on their pages and a newcomer can track one.
describe.each(kinds)('the demo applications (%s)', (kind) => {
  let t: TestApp;
  let filed: DemoApplication[];

  beforeAll(async () => {
    t = await createTestApp(kind);
    filed = await seedDemoApplications(t.app);
  });
  afterAll(async () => t?.close());

  it('are approved, one with its visit booked', async () => {
    expect(filed.map((f) => f.idNumber)).toEqual(demoApplicants.map((a) => a.idNumber));
    const rows = await t.app.prisma.application.findMany({ select: { status: true } });
    expect(rows.map((row) => row.status)).toEqual(['CERTIFICATE_READY', 'CERTIFICATE_READY']);
    expect(filed.filter((f) => f.visit)).toHaveLength(1);
    expect(await t.app.prisma.visit.count({ where: { status: 'BOOKED' } })).toBe(1);
  });

  it('track by their reference and ID number, the booked one with its visit', async () => {
    for (const application of filed) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/tracking',
        payload: { reference: application.reference, idNumber: application.idNumber },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('CERTIFICATE_READY');
      expect(Boolean(res.json().visit)).toBe(Boolean(application.visit));
    }
  });

  it('are not filed again into a database that has applications', async () => {
    expect(await seedDemoApplications(t.app)).toEqual([]);
    expect(await t.app.prisma.application.count()).toBe(2);
  });
});
