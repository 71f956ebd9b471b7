import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { messagesEn } from '../../packages/domain/src/messages-en.ts';
import { messagesZhCn } from '../../packages/domain/src/messages-zh-cn.ts';
import { translate } from '../../packages/domain/src/translate.ts';
import { residentIdCheckDigit } from '../../packages/domain/src/id-number.ts';
import { uiEn } from '../../apps/web/src/lib/i18n/ui-en.ts';
import { uiZhCn } from '../../apps/web/src/lib/i18n/ui-zh-cn.ts';
import { uiWizardEn } from '../../apps/web/src/lib/i18n/ui-wizard-en.ts';
import { uiWizardZhCn } from '../../apps/web/src/lib/i18n/ui-wizard-zh-cn.ts';
import { uiUploadEn } from '../../apps/web/src/lib/i18n/ui-upload-en.ts';
import { uiUploadZhCn } from '../../apps/web/src/lib/i18n/ui-upload-zh-cn.ts';
import { uiStaffEn } from '../../apps/web/src/lib/i18n/ui-staff-en.ts';
import { uiStaffZhCn } from '../../apps/web/src/lib/i18n/ui-staff-zh-cn.ts';

export type Language = 'zh-CN' | 'en';

// Labels come from the same dictionaries the app renders, so the journeys read the page
// the way a person does, in the language the project runs in.
const dictionaries = {
  'zh-CN': { ...messagesZhCn, ...uiZhCn, ...uiWizardZhCn, ...uiUploadZhCn, ...uiStaffZhCn },
  en: { ...messagesEn, ...uiEn, ...uiWizardEn, ...uiUploadEn, ...uiStaffEn },
};

export interface Fixtures {
  language: Language;
  m: (key: string, params?: Record<string, string | number>) => string;
  /** Scans the page with axe for WCAG 2.2 AA and checks the page fits a 360 px screen. */
  checkPage: (label: string) => Promise<void>;
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
  checkPage: async ({ page }, use, testInfo) => {
    await use(async (label) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, `axe on ${label} (${testInfo.project.name})`).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal scroll on ${label}`).toBeLessThanOrEqual(0);
    });
  },
});

export { expect };

/** Opens the landing page and, for English projects, switches language the way a person would. */
export async function openLanding(page: Page, language: Language) {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  if (language === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

/** A valid, unique resident ID number, so that runs and projects never share a card. */
export function uniqueResidentId(birth = '19700101'): string {
  const region = '110105';
  const sequence = String(Math.floor(Math.random() * 999)).padStart(3, '0');
  const first17 = `${region}${birth}${sequence}`;
  return first17 + residentIdCheckDigit(first17);
}
