import { test as base, expect, type Page } from '@playwright/test';
import { messagesEn } from '@ssc/domain/messages-en';
import { messagesZhCn } from '@ssc/domain/messages-zh-cn';
import { translate } from '@ssc/domain/translate';
import { randomResidentId } from '@ssc/domain/random-resident-id';
import { uiEn } from '@ssc/web/i18n/ui-en';
import { uiZhCn } from '@ssc/web/i18n/ui-zh-cn';
import { uiWizardEn } from '@ssc/web/i18n/ui-wizard-en';
import { uiWizardZhCn } from '@ssc/web/i18n/ui-wizard-zh-cn';
import { uiUploadEn } from '@ssc/web/i18n/ui-upload-en';
import { uiUploadZhCn } from '@ssc/web/i18n/ui-upload-zh-cn';
import { uiWithdrawEn } from '@ssc/web/i18n/ui-withdraw-en';
import { uiWithdrawZhCn } from '@ssc/web/i18n/ui-withdraw-zh-cn';
import { uiVisitEn } from '@ssc/web/i18n/ui-visit-en';
import { uiVisitZhCn } from '@ssc/web/i18n/ui-visit-zh-cn';
import { uiStaffEn } from '@ssc/web/i18n/ui-staff-en';
import { uiStaffZhCn } from '@ssc/web/i18n/ui-staff-zh-cn';
import { axeViolations, wcagAA } from './axe.ts';
import { largeTextFaults } from './large-text.ts';
import { placement, viewports } from './placement.ts';
import { smallTargets } from './targets.ts';

export type Language = 'zh-CN' | 'en';

// Labels come from the same dictionaries the app renders, so the journeys read the page
// the way a person does, in the language the project runs in.
const dictionaries = {
  'zh-CN': {
    ...messagesZhCn,
    ...uiZhCn,
    ...uiWizardZhCn,
    ...uiUploadZhCn,
    ...uiStaffZhCn,
    ...uiWithdrawZhCn,
    ...uiVisitZhCn,
  },
  en: {
    ...messagesEn,
    ...uiEn,
    ...uiWizardEn,
    ...uiUploadEn,
    ...uiStaffEn,
    ...uiWithdrawEn,
    ...uiVisitEn,
  },
};

export interface Fixtures {
  language: Language;
  m: (key: string, params?: Record<string, string | number>) => string;
  /**
   * Scans the page with axe for WCAG 2.2 AA, checks the page fits a 360 px screen and that every
   * target is at least 44×44 CSS px (phones need more than WCAG's 24); in large-text mode, also
   * what that mode promises (24 px text, 60 px targets, 7:1 contrast, one control per row).
   */
  checkPage: (label: string, on?: Page) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  language: async ({}, use, testInfo) => {
    await use((testInfo.project.metadata.language as Language) ?? 'zh-CN');
  },
  m: async ({ language }, use) => {
    await use((key, params) => {
      const dictionary = dictionaries[language];
      if (!(key in dictionary)) throw new Error(`no message ${key}`);
      return translate(dictionary, key, params);
    });
  },
  checkPage: async ({ page: ownPage }, use, testInfo) => {
    // `on`: a page of another browser context (a reviewer's beside the applicant's).
    await use(async (label, on) => {
      const page = on ?? ownPage;
      const own = page.viewportSize();
      await checkPageAsItIs(page, `${label} (${testInfo.project.name})`);
      if (own && testInfo.tags.includes(placement.bothWidths)) {
        // The journey runs on desktops only (e2e/support/placement.ts): the same page state is
        // checked at a phone's width too, and the page then goes back to its own.
        if (own.width < viewports.desktop.width) {
          throw new Error(
            `${placement.bothWidths} is for desktop journeys, not ${testInfo.project.name}`,
          );
        }
        await page.setViewportSize(viewports.phone);
        try {
          await afterLayout(page);
          await checkPageAsItIs(
            page,
            `${label} (${testInfo.project.name}, at ${viewports.phone.width} px)`,
          );
        } finally {
          await page.setViewportSize(own);
          await afterLayout(page);
        }
      }
    });
  },
});

export { expect };

/** Waits until the page has laid itself out and painted after a change of size. */
async function afterLayout(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/**
 * Scans the page with axe for WCAG 2.2 AA, checks the page fits its width and that every target
 * is at least 44×44 CSS px; in large-text mode, also what that mode promises.
 */
async function checkPageAsItIs(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page, wcagAA);
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal scroll on ${label}`).toBeLessThanOrEqual(0);
  // Soft, so that one run lists every small target of the journey, not only the first page's.
  expect.soft(await smallTargets(page, 44), `targets under 44×44 px on ${label}`).toEqual([]);
  // A reference or serial breaks between its groups only, never inside one.
  const brokenCodes = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.code-group'))
      .filter((group) => group.getClientRects().length > 1)
      .map((group) => group.textContent),
  );
  expect.soft(brokenCodes, `codes broken mid-group on ${label}`).toEqual([]);
  if ((await page.locator('html').getAttribute('data-text-size')) === 'large') {
    // 大字模式: 24 px text, 60 px targets, 7:1 contrast, one control per row.
    expect.soft(await largeTextFaults(page), `large text on ${label}`).toEqual([]);
    expect
      .soft(await smallTargets(page, 60), `large text: targets under 60×60 px on ${label}`)
      .toEqual([]);
    const enhanced = await axeViolations(page, {
      type: 'rule',
      values: ['color-contrast-enhanced'],
    });
    expect
      .soft(
        enhanced.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
        `large text: contrast under 7:1 on ${label}`,
      )
      .toEqual([]);
  }
}

/** Opens the landing page and, for English projects, switches language the way a person would. */
export async function openLanding(page: Page, language: Language) {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  if (language === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

/**
 * A random valid resident ID number (random region, birth date and sequence), so that runs and
 * projects never share a card while earlier applications stay open on the same server. Adults
 * born 1940–2000 unless a range is asked for.
 */
export function uniqueResidentId(born?: { bornFrom?: string; bornTo?: string }): string {
  return randomResidentId(born);
}

/** The date `years` years (and `days` days) before today, YYYY-MM-DD: for ages that must hold on any run date. */
export function yearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
