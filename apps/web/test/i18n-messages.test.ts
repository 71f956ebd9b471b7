import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '@ssc/domain/messages-en';
import { messagesZhCn } from '@ssc/domain/messages-zh-cn';
import { uiEn } from '../src/lib/i18n/ui-en.ts';
import { uiZhCn } from '../src/lib/i18n/ui-zh-cn.ts';
import { uiStaffEn } from '../src/lib/i18n/ui-staff-en.ts';
import { uiStaffZhCn } from '../src/lib/i18n/ui-staff-zh-cn.ts';
import { uiWizardEn } from '../src/lib/i18n/ui-wizard-en.ts';
import { uiWizardZhCn } from '../src/lib/i18n/ui-wizard-zh-cn.ts';
import { uiUploadEn } from '../src/lib/i18n/ui-upload-en.ts';
import { uiUploadZhCn } from '../src/lib/i18n/ui-upload-zh-cn.ts';
import { uiWithdrawEn } from '../src/lib/i18n/ui-withdraw-en.ts';
import { uiWithdrawZhCn } from '../src/lib/i18n/ui-withdraw-zh-cn.ts';
import { uiVisitEn } from '../src/lib/i18n/ui-visit-en.ts';
import { uiVisitZhCn } from '../src/lib/i18n/ui-visit-zh-cn.ts';
import { glossaryFaults } from '@ssc/domain/glossary';

const srcDir = join(import.meta.dirname, '..', 'src');

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Every literal key passed to t(…), useDocumentTitle(…), titleKey="…" or set as a form message.
function listLiteralKeys(): Set<string> {
  const keys = new Set<string>();
  const patterns = [
    /\bt\(\s*'([a-zA-Z][\w.]*)'/g,
    /useDocumentTitle\(\s*'([\w.]+)'/g,
    /titleKey="([\w.]+)"/g,
    /message: '([a-z][\w]*\.[\w.]+)'/g,
    /'((?:error|staff|apply|ui|tracking|wizard)\.[\w.]+)'\s*[,)]/g,
  ];
  for (const file of listSources(srcDir)) {
    if (file.includes(`${join('lib', 'i18n')}`) && /ui-(staff-|wizard-)?(en|zh-cn)\.ts$/.test(file))
      continue;
    const code = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of code.matchAll(pattern)) keys.add(match[1]!);
  }
  return keys;
}

describe('UI dictionaries', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZhCn).sort());
    expect(Object.keys(uiStaffEn).sort()).toEqual(Object.keys(uiStaffZhCn).sort());
    expect(Object.keys(uiWizardEn).sort()).toEqual(Object.keys(uiWizardZhCn).sort());
    expect(Object.keys(uiWithdrawEn).sort()).toEqual(Object.keys(uiWithdrawZhCn).sort());
    expect(Object.keys(uiVisitEn).sort()).toEqual(Object.keys(uiVisitZhCn).sort());
  });

  it('translate every key the screens use, in both languages', () => {
    // Staff wording ships with the staff chunk (staff-messages.ts) but is checked the same way.
    const zh = {
      ...messagesZhCn,
      ...uiZhCn,
      ...uiUploadZhCn,
      ...uiStaffZhCn,
      ...uiWizardZhCn,
      ...uiWithdrawZhCn,
      ...uiVisitZhCn,
    };
    const en = {
      ...messagesEn,
      ...uiEn,
      ...uiUploadEn,
      ...uiStaffEn,
      ...uiWizardEn,
      ...uiWithdrawEn,
      ...uiVisitEn,
    };
    const keys = [...listLiteralKeys()];
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((key) => !(key in zh))).toEqual([]);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it('have no empty translations and keep the same placeholders', () => {
    const allEn = { ...uiEn, ...uiStaffEn, ...uiWizardEn, ...uiWithdrawEn, ...uiVisitEn };
    for (const [key, zhText] of Object.entries({
      ...uiZhCn,
      ...uiStaffZhCn,
      ...uiWizardZhCn,
      ...uiWithdrawZhCn,
      ...uiVisitZhCn,
    })) {
      const enText = allEn[key] ?? '';
      expect(zhText.trim(), key).not.toBe('');
      expect(enText.trim(), key).not.toBe('');
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(enText), key).toEqual(placeholders(zhText));
    }
  });

  it('use the exact button wording the journeys rely on', () => {
    expect([uiZhCn['ui.continue'], uiEn['ui.continue']]).toEqual(['继续', 'Continue']);
    expect([uiZhCn['apply.check.submit'], uiEn['apply.check.submit']]).toEqual([
      '提交申请',
      'Submit application',
    ]);
    expect([uiZhCn['ui.change'], uiEn['ui.change']]).toEqual(['修改', 'Change']);
  });
});

describe('one word for one thing (packages/domain/src/glossary.ts)', () => {
  it('every Chinese dictionary keeps to the glossary', () => {
    const all = {
      ...messagesZhCn,
      ...uiZhCn,
      ...uiStaffZhCn,
      ...uiWizardZhCn,
      ...uiUploadZhCn,
      ...uiWithdrawZhCn,
      ...uiVisitZhCn,
    };
    expect(glossaryFaults(all)).toEqual([]);
  });

  it('citizen pages name no rule by its code and no centre by its code', () => {
    const citizen = { ...uiZhCn, ...uiWizardZhCn, ...uiUploadZhCn, ...uiWithdrawZhCn };
    const english = { ...uiEn, ...uiStaffEn };
    for (const [key, text] of Object.entries({ ...citizen, ...english })) {
      expect(text, key).not.toMatch(/Art\. ?\d|§|RULES|Guide §/);
    }
    for (const [key, text] of Object.entries(citizen)) {
      expect(text, key).not.toMatch(/[A-Z]{2}-[A-Z]{3,}/);
    }
  });
});
