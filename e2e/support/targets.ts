import type { Page } from '@playwright/test';

export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Every interactive element on the page whose target is smaller than `minimum` CSS pixels in
 * either direction. The target of a radio button or checkbox is the control or its label,
 * whichever is larger (a tap on either works); a hidden file input's target is its label.
 * Links inside running text are excepted, as WCAG 2.5.8 excepts them: a link whose block also
 * holds words of its own is inline; a link alone in its list item or cell is not.
 */
export async function smallTargets(page: Page, minimum: number): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[role="link"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const blockish = new Set(['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'DIV', 'SECTION', 'LEGEND']);

    const shown = (element: Element): boolean => {
      if (element.closest('[inert], [aria-hidden="true"]')) return false;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) return false;
      // Off-screen until focused (the skip link): measured when it shows.
      if (rect.bottom < 0 || rect.right < 0) return false;
      return true;
    };

    const inlineInText = (element: Element): boolean => {
      if (element.tagName !== 'A') return false;
      let block: Element | null = element.parentElement;
      while (block && !blockish.has(block.tagName)) block = block.parentElement;
      if (!block) return false;
      const own = (element.textContent ?? '').replace(/\s+/g, '');
      const around = (block.textContent ?? '').replace(/\s+/g, '');
      return around.length > own.length;
    };

    const describe = (element: Element): string => {
      const text = (
        element.getAttribute('aria-label') ??
        (element as HTMLElement).innerText ??
        element.getAttribute('name') ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40);
      const type = element.getAttribute('type');
      return `${element.tagName.toLowerCase()}${type ? `[${type}]` : ''}${element.id ? `#${element.id}` : ''} "${text}"`;
    };

    const result: { what: string; width: number; height: number }[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (inlineInText(element)) continue;
      const candidates: Element[] = [];
      if (shown(element)) candidates.push(element);
      if (element instanceof HTMLInputElement && element.labels) {
        for (const label of Array.from(element.labels)) if (shown(label)) candidates.push(label);
      }
      if (candidates.length === 0) continue;
      let best = { width: 0, height: 0 };
      for (const candidate of candidates) {
        const rect = candidate.getBoundingClientRect();
        if (Math.min(rect.width, rect.height) > Math.min(best.width, best.height)) {
          best = { width: rect.width, height: rect.height };
        }
      }
      const width = Math.round(best.width);
      const height = Math.round(best.height);
      if (width < min || height < min) result.push({ what: describe(element), width, height });
    }
    return result;
  }, minimum);
}
