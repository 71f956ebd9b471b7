import type { Page } from '@playwright/test';
import { expect, uniqueResidentId } from './fixtures.ts';
import { fromOurPage } from './our-page.ts';

export interface SeededDraft {
  id: string;
  requiredDocuments: string[];
}

/**
 * Starts a draft the way the wizard's first pages would (cardholder settling abroad), through
 * the API in the page's own cookie jar, and hands it to the web app. For journeys about a later
 * step: they should not break when the earlier pages change.
 */
export async function seedSettledAbroadDraft(page: Page): Promise<SeededDraft> {
  const created = await page.request.post('/api/v1/applications', {
    headers: fromOurPage(),
    data: { filer: { role: 'CARDHOLDER' } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  // docs/rules.md §3.6: one open application per card, so every run files for a card of its own.
  const cardNumber = `A${Date.now().toString().slice(-8)}${Math.floor(Math.random() * 10)}`;
  const patched = await page.request.patch(`/api/v1/applications/${id}`, {
    headers: fromOurPage(),
    data: {
      reason: 'SETTLED_ABROAD',
      cardholder: { name: '张三', idType: 'RESIDENT_ID', idNumber: uniqueResidentId(), cardNumber },
    },
  });
  expect(patched.status()).toBe(200);
  const application = (await patched.json()) as { eligibility: { requiredDocuments: string[] } };
  await page.evaluate((draftId) => window.localStorage.setItem('ssc.applicationId', draftId), id);
  return { id, requiredDocuments: application.eligibility.requiredDocuments };
}

/** Answers the pages after the documents through the API: declarations and a centre. */
export async function completeDraftAfterDocuments(page: Page, id: string): Promise<void> {
  const patched = await page.request.patch(`/api/v1/applications/${id}`, {
    headers: fromOurPage(),
    data: {
      declarations: { expensesSettled: true, consequencesAcknowledged: true },
      serviceCentre: 'SH-HUANGPU',
    },
  });
  expect(patched.status()).toBe(200);
}
