import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures.ts';
import { axeViolations, wcagAA } from '../support/axe.ts';
import { placement } from '../support/placement.ts';

// The journeys' accessibility scan (e2e/support/axe.ts) runs axe-core in the page, injected once
// per document, instead of through @axe-core/playwright. These tests hold it to what it replaces:
// the same violations as @axe-core/playwright on the same document, after the page changes
// without a reload, and after a new document replaces the one it was injected into.

const wcag = wcagAA;

// Four faults axe reports under WCAG 2.x A/AA: an image without a text alternative, a field
// without a label, text under 4.5:1 contrast, a button without a name.
const faulty = `<!doctype html><html lang="zh-CN"><head><title>测试</title></head><body><main>
  <h1>标题</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">
  <input type="text">
  <p style="color:#aaa;background:#fff">浅灰色的字</p>
  <button></button>
</main></body></html>`;

const clean = `<!doctype html><html lang="zh-CN"><head><title>测试</title></head><body><main>
  <h1>标题</h1><p>正文</p>
</main></body></html>`;

function ids(violations: { id: string }[]): string[] {
  return violations.map((v) => v.id).sort();
}

// About the scan itself, not a page of the service: one project is enough.
test.describe('the accessibility scan', { tag: placement.zhCnPhone }, () => {
  test('finds what @axe-core/playwright finds, rule for rule and node for node', async ({
    page,
  }) => {
    await page.setContent(faulty);
    const ours = await axeViolations(page, wcag);
    const theirs = (await new AxeBuilder({ page }).withTags(wcag.values).analyze()).violations;
    expect(ids(ours)).toEqual(['button-name', 'color-contrast', 'image-alt', 'label']);
    expect(ids(ours)).toEqual(ids(theirs));
    const targets = (list: typeof ours) => list.flatMap((v) => v.nodes.map((n) => n.target));
    expect(targets(ours).sort()).toEqual(targets(theirs).sort());
  });

  test('scans the page as it is now, not as it was when axe was injected', async ({ page }) => {
    await page.setContent(clean);
    expect(await axeViolations(page, wcag)).toEqual([]);
    // A change without a reload, as a single-page app makes between the steps of a journey.
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button></button>');
    });
    expect(ids(await axeViolations(page, wcag))).toEqual(['button-name']);
    // A new document: the copy injected into the old one is gone, and is injected again.
    await page.setContent(faulty);
    expect(ids(await axeViolations(page, wcag))).toEqual([
      'button-name',
      'color-contrast',
      'image-alt',
      'label',
    ]);
    await page.setContent(clean);
    expect(await axeViolations(page, wcag)).toEqual([]);
  });

  test('one rule on its own, as large-text mode asks for 7:1 contrast', async ({ page }) => {
    // 4.6:1 passes AA (4.5:1) but not the enhanced 7:1.
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>
       <p style="color:#767676;background:#fff">grey text</p></main></body></html>`,
    );
    expect(await axeViolations(page, wcag)).toEqual([]);
    const enhanced = await axeViolations(page, {
      type: 'rule',
      values: ['color-contrast-enhanced'],
    });
    expect(ids(enhanced)).toEqual(['color-contrast-enhanced']);
  });

  test('a page with a frame is scanned frame by frame, the frame included', async ({ page }) => {
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>
       <iframe title="inner" srcdoc="<!doctype html><html lang=en><head><title>i</title></head><body><button></button></body></html>"></iframe>
       </main></body></html>`,
    );
    await expect.poll(() => page.frames().length).toBe(2);
    await expect(page.frames()[1]!.locator('button')).toBeAttached();
    const violations = await axeViolations(page, wcag);
    expect(ids(violations)).toEqual(['button-name']);
    expect(violations[0]!.nodes[0]!.target).toEqual(['iframe', 'button']);
  });
});

// A staff journey runs on desktops and checks each page state at 360 px too (bothWidths).
test.describe('a desktop journey checked at both widths', () => {
  test(
    'finds what only 360 px shows, and leaves the page at its own width',
    { tag: [placement.zhCnDesktop, placement.bothWidths] },
    async ({ page, checkPage }) => {
      // Fits 1280 px, not 360 px.
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><h1>标题</h1>
         <p style="width:800px">固定宽度的段落</p></main></body></html>`,
      );
      await expect(checkPage('fixed width')).rejects.toThrow(
        /horizontal scroll on fixed width \(zh-CN desktop, at 360 px\)/,
      );
      // A page that fits both widths passes, and is at its own width afterwards.
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><h1>标题</h1>
         <p>正文</p></main></body></html>`,
      );
      await checkPage('fluid');
      expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    },
  );
});
