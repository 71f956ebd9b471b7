import type { Page } from '@playwright/test';

/**
 * What large-text mode (大字模式) promises, measured on the rendered page after MIIT's 2021 rules
 * for websites used by older people: every piece of visible text at 24 CSS px (18 pt) or more with
 * a line height of at least 1.3, headings larger than the text, and no two controls side by side
 * in the page's main part. Targets (60 px) and contrast (7:1) are measured by the caller.
 */
export async function largeTextFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const visible = (element: Element): boolean => {
      if (element.closest('.visually-hidden, [aria-hidden="true"], [inert]')) return false;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const rect = element.getBoundingClientRect();
      return rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0;
    };
    const name = (element: Element, text: string) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${text.trim().slice(0, 30)}"`;

    // Text: every visible text node's element, and what the form controls show.
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const element = node.parentElement;
      if (!element || !text.trim() || seen.has(element)) continue;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION'].includes(element.tagName)) continue;
      seen.add(element);
      if (!visible(element)) continue;
      const style = getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
      if (size < 23.95) faults.push(`text under 24 px (${size} px): ${name(element, text)}`);
      if (lineHeight / size < 1.299) {
        faults.push(
          `line height under 1.3 (${(lineHeight / size).toFixed(2)}): ${name(element, text)}`,
        );
      }
    }
    for (const control of Array.from(document.querySelectorAll('input, select, textarea'))) {
      // A radio button, checkbox or file input shows no text of its own; its label is measured.
      const type = (control as HTMLInputElement).type;
      if (!visible(control) || ['file', 'radio', 'checkbox'].includes(type)) continue;
      const size = parseFloat(getComputedStyle(control).fontSize);
      if (size < 23.95) faults.push(`control text under 24 px (${size} px): ${name(control, '')}`);
    }

    // Headings larger than the text.
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    for (const heading of Array.from(document.querySelectorAll('h1, h2, h3'))) {
      if (!visible(heading)) continue;
      const size = parseFloat(getComputedStyle(heading).fontSize);
      if (size <= body)
        faults.push(
          `heading not larger than the text: ${name(heading, heading.textContent ?? '')}`,
        );
    }

    // One control per row in the main part: no two targets share a line. A radio button or a
    // checkbox counts together with its label; a link inside running text is not a control.
    const main = document.querySelector('main');
    if (main) {
      const targets: { what: string; rect: DOMRect }[] = [];
      const controls = main.querySelectorAll(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary',
      );
      for (const control of Array.from(controls)) {
        if (control instanceof HTMLInputElement && control.labels?.length) continue;
        if (control.tagName === 'A') {
          let block = control.parentElement;
          while (block && getComputedStyle(block).display.startsWith('inline'))
            block = block.parentElement;
          const own = (control.textContent ?? '').replace(/\s+/g, '');
          if (block && (block.textContent ?? '').replace(/\s+/g, '').length > own.length) continue;
        }
        if (!visible(control)) continue;
        targets.push({
          what: name(control, (control as HTMLElement).innerText ?? ''),
          rect: control.getBoundingClientRect(),
        });
      }
      for (const label of Array.from(main.querySelectorAll('label'))) {
        const input = label.control;
        if (
          !(input instanceof HTMLInputElement) ||
          !['radio', 'checkbox', 'file'].includes(input.type)
        )
          continue;
        if (!visible(label)) continue;
        targets.push({ what: name(label, label.innerText), rect: label.getBoundingClientRect() });
      }
      for (const [index, first] of targets.entries()) {
        for (const second of targets.slice(index + 1)) {
          const a = first.rect;
          const b = second.rect;
          const sameRow = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 4;
          const apart = a.right <= b.left + 1 || b.right <= a.left + 1;
          if (sameRow && apart) faults.push(`side by side: ${first.what} and ${second.what}`);
        }
      }
    }
    return faults;
  });
}
