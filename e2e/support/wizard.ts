import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { citationFor } from '@ssc/domain/citation';
import type { Language } from './fixtures.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const image = path.join(fixtures, 'id-card.png');
export const proof = path.join(fixtures, 'proof.pdf');

export const centre = {
  id: 'SH-HUANGPU',
  zh: '黄浦区社会保障卡服务网点（演示）',
  en: 'Huangpu District Social Security Card Service Point (demo)',
};

/** A unique social security card number, so that runs never share a card (docs/rules.md §3.6). */
export function uniqueCardNumber(): string {
  return `A${Date.now().toString().slice(-8)}${Math.floor(Math.random() * 10)}`;
}

export class Wizard {
  constructor(
    readonly page: Page,
    readonly m: Translate,
    readonly language: Language,
  ) {}

  heading(key: string) {
    return this.page.getByRole('heading', { level: 1, name: this.m(key) });
  }

  async expectPage(key: string) {
    await expect(this.heading(key)).toBeVisible();
  }

  async continue() {
    await this.page.getByRole('button', { name: this.m('ui.continue') }).click();
  }

  async start() {
    await this.page.goto(this.language === 'en' ? '/' : '/apply');
    if (this.language === 'en') {
      await this.page.getByRole('button', { name: 'English' }).click();
      await expect(this.page.locator('html')).toHaveAttribute('lang', 'en');
      await this.page.getByRole('link', { name: this.m('landing.start') }).click();
    }
    await this.expectPage('wizard.who.title');
  }

  async who(kind: 'SELF' | 'AGENT_LIVING' | 'AFTER_DEATH' | 'GUARDIAN') {
    await this.expectPage('wizard.who.title');
    await this.page.getByLabel(this.m(`wizard.who.${kind}`), { exact: true }).check();
    await this.continue();
  }

  async reason(reason: string, explanation?: string) {
    await this.expectPage('apply.reason.title');
    await this.page.getByLabel(this.m(`reason.${reason}`), { exact: true }).check();
    if (explanation !== undefined) {
      await this.page.getByLabel(this.m('apply.reason.explanation')).fill(explanation);
    }
    await this.continue();
  }

  async cardholder(details: {
    idNumber: string;
    idType?: string;
    birthDate?: string;
    cardNumber?: string;
    lossReportReference?: string;
  }) {
    await this.expectPage('apply.cardholder.title');
    await this.page
      .getByLabel(this.m('apply.cardholder.name'))
      .fill(this.language === 'en' ? 'Zhang San' : '张三');
    await this.page
      .getByLabel(this.m('apply.cardholder.idType'))
      .selectOption(details.idType ?? 'RESIDENT_ID');
    await this.page.getByLabel(this.m('apply.cardholder.idNumber')).fill(details.idNumber);
    if (details.birthDate !== undefined) {
      await this.page.getByLabel(this.m('apply.cardholder.birthDate')).fill(details.birthDate);
    }
    if (details.lossReportReference !== undefined) {
      await this.page.getByLabel(this.m('apply.cardholder.cardLost')).check();
      await this.page
        .getByLabel(this.m('apply.cardholder.lossReportReference'))
        .fill(details.lossReportReference);
    } else {
      await this.page
        .getByLabel(this.m('apply.cardholder.cardNumber'))
        .fill(details.cardNumber ?? uniqueCardNumber());
    }
    await this.continue();
  }

  async agent(idNumber: string, relationship: string) {
    await this.expectPage('wizard.agent.title');
    await this.page
      .getByLabel(this.m('wizard.agent.name'))
      .fill(this.language === 'en' ? 'Zhang Xiaosan' : '张小三');
    await this.page.getByLabel(this.m('wizard.agent.idType')).selectOption('RESIDENT_ID');
    await this.page.getByLabel(this.m('wizard.agent.idNumber')).fill(idNumber);
    await this.page.getByLabel(this.m('wizard.agent.phone')).fill('13812345678');
    await this.page.getByLabel(this.m('wizard.agent.relationship')).selectOption(relationship);
    await this.continue();
  }

  /** The "what you will need" page lists exactly these documents, in this order. */
  async expectNeeds(kinds: string[]) {
    await this.expectPage('wizard.needs.title');
    await expect(this.page.getByTestId('needs-list').locator('li > strong')).toHaveText(
      kinds.map((kind) => this.m(`documentKind.${kind}`)),
    );
  }

  async toUploads() {
    await this.page.getByRole('link', { name: this.m('wizard.needs.continue') }).click();
    await this.expectPage('apply.documents.title');
  }

  async upload(kinds: string[]) {
    for (const kind of kinds) {
      const label = this.m(`documentKind.${kind}`);
      const file = kind.endsWith('_PROOF') || kind === 'ENTRUSTMENT_CERTIFICATE' ? proof : image;
      await this.page.getByLabel(label, { exact: true }).setInputFiles(file);
      await expect(
        this.page.getByText(this.m('apply.documents.uploaded', { document: label })),
      ).toBeAttached();
    }
  }

  /** The expenses question, then (when they are settled) the centre: one question per page. */
  async expenses(settled: boolean) {
    await this.expectPage('wizard.declarations.expenses');
    await this.page
      .getByLabel(this.m(`wizard.declarations.expenses.${settled ? 'yes' : 'no'}`))
      .check();
    await this.continue();
    if (settled) await this.centre();
  }

  async centre() {
    await this.expectPage('apply.declarations.centre');
    await this.page.getByLabel(this.language === 'en' ? centre.en : centre.zh).check();
    await this.continue();
  }

  async acknowledge() {
    await this.expectPage('wizard.consequences.title');
    await this.page.getByLabel(this.m('wizard.consequences.acknowledge')).check();
    await this.continue();
    await this.expectPage('apply.check.title');
  }

  /** A stop page: its title, and the rule it cites as a reader names it (the law's title, never `Art. 26`). */
  async expectStop(code: string, rule: string) {
    await this.expectPage(`wizard.stop.${code}.title`);
    const source = citationFor(rule);
    const named = this.m(source.key, source.params);
    await expect(this.page.getByText(this.m('wizard.stop.rule', { rule: named }))).toBeVisible();
    await expect(this.page.getByText(rule, { exact: false })).toHaveCount(0);
  }

  async submit(): Promise<string> {
    await this.page.getByRole('button', { name: this.m('apply.check.submit') }).click();
    await this.expectPage('apply.submitted.title');
    return ((await this.page.getByTestId('reference').textContent()) ?? '').trim();
  }
}
