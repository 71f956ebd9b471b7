import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  prepareForApproval,
  settledAbroadCase,
  signIn,
  type StaffSession,
  type StaffTestApp,
} from '../staff/support.ts';

const kinds = await databaseKinds();

/**
 * docs/rules.md §3.6 and ADR 014: one open cancellation per card, without telling a stranger
 * that someone has a case open, and without letting a stranger's application lock the real
 * cardholder out.
 */
describe.each(kinds)('one open application per card, without an oracle (%s)', (kind) => {
  let t: StaffTestApp;
  let reviewer: StaffSession;
  let supervisor: StaffSession;
  beforeAll(async () => {
    t = await createStaffTestApp(kind);
    reviewer = await signIn(t.app, DEMO.huangpu);
    supervisor = await signIn(t.app, DEMO.supervisor);
  });
  afterAll(async () => t?.close());

  /** A draft holding these answers, as the applicant's screens see it after each step. */
  async function draftWith(answers: Record<string, unknown>) {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    const { id, accessToken } = created.json();
    const auth = { authorization: `Bearer ${accessToken}` };
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: auth,
      payload: answers,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const viewed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth,
    });
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/submit`,
      headers: auth,
    });
    const checked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility',
      payload: { ...answers, filer: { role: 'CARDHOLDER' } },
    });
    return {
      patched: patched.json().eligibility,
      viewed: viewed.json().eligibility,
      submitted: { status: submitted.statusCode, body: submitted.json() },
      checked: { status: checked.statusCode, body: checked.json() },
    };
  }

  it('a draft that names someone with an open application is answered as one that names nobody', async () => {
    const victim = freshResidentId();
    const theirs = await fileApplication(t.app, settledAbroadCase(victim));
    const stranger = await draftWith(settledAbroadCase(victim));
    const nobody = await draftWith(settledAbroadCase(freshResidentId()));
    // Same screens, same refusal at submission (the scans are missing in both), same check.
    expect(stranger.patched).toEqual(nobody.patched);
    expect(stranger.viewed).toEqual(nobody.viewed);
    expect(stranger.submitted.status).toBe(422);
    expect(stranger.submitted).toEqual(nobody.submitted);
    expect(stranger.checked).toEqual(nobody.checked);
    const everything = JSON.stringify(stranger);
    expect(everything).not.toContain('OPEN_APPLICATION_EXISTS');
    expect(everything).not.toContain(theirs.reference);
  });

  it("a stranger's application cannot lock the cardholder out: both are accepted, staff see both and refuse one", async () => {
    const cardholder = freshResidentId();
    // Someone who knows the cardholder's ID number files first; the cardholder files after.
    const fake = await fileApplication(t.app, settledAbroadCase(cardholder));
    const real = await fileApplication(t.app, settledAbroadCase(cardholder));

    // The cardholder's own view says nothing of the other application.
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${real.id}`,
      headers: real.auth,
    });
    expect(own.json().status).toBe('SUBMITTED');
    expect(own.json().eligibility.eligible).toBe(true);
    expect(own.body).not.toContain(fake.reference);
    expect(own.body).not.toContain('sameCard');

    // Staff see each with the other, and neither can be approved while both are open.
    const version = await prepareForApproval(reviewer, real.id);
    const seen = (await reviewer.get(`/api/v1/staff/applications/${real.id}`)).json();
    expect(seen.sameCard).toEqual([
      {
        id: fake.id,
        reference: fake.reference,
        status: 'SUBMITTED',
        centre: expect.objectContaining({ id: 'SH-HUANGPU' }),
      },
    ]);
    expect(seen.eligibility.blockers.map((b: { code: string }) => b.code)).toEqual([
      'OPEN_APPLICATION_EXISTS',
    ]);
    expect(seen.allowedActions).not.toContain('approve');
    const other = (await reviewer.get(`/api/v1/staff/applications/${fake.id}`)).json();
    expect(other.sameCard.map((a: { reference: string }) => a.reference)).toEqual([real.reference]);
    const early = await reviewer.post(`/api/v1/staff/applications/${real.id}/approve`, { version });
    expect(early.statusCode, early.body).toBe(422);
    expect(early.json().type).toBe('/problems/not-eligible');
    expect(early.json().blockers.map((b: { code: string }) => b.code)).toEqual([
      'OPEN_APPLICATION_EXISTS',
    ]);
    expect(await t.app.prisma.certificate.count({ where: { applicationId: real.id } })).toBe(0);

    // A supervisor refuses the one that should not stand; the cardholder's goes on.
    const refused = await supervisor.post(`/api/v1/staff/applications/${fake.id}/reject`, {
      reason: 'DUPLICATE',
      version: other.version,
    });
    expect(refused.statusCode, refused.body).toBe(200);
    const after = (await reviewer.get(`/api/v1/staff/applications/${real.id}`)).json();
    expect(after.sameCard).toEqual([]);
    expect(after.allowedActions).toContain('approve');
    const approved = await reviewer.post(`/api/v1/staff/applications/${real.id}/approve`, {
      version: after.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('CERTIFICATE_READY');
  });
});
