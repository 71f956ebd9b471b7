/**
 * Where a journey runs. Untagged, a test runs in all four projects (zh-CN and en, phone and
 * desktop). A journey's logic seldom needs all four: what it needs is named by a tag, and the
 * projects' `grepInvert` in playwright.config.ts leaves it out elsewhere (docs/testing.md,
 * "Where a journey runs").
 *
 * Every page state is still checked in both languages at both widths: a journey tagged
 * `bothWidths` runs in the desktop projects, and its `checkPage` checks each page state at
 * 360 px too, in the same state, by narrowing the page and widening it again. Only that way
 * round: a desktop page narrowed to 360 px lays out as a phone's does, while a phone's page
 * widened to 1280 px does not lay out as a desktop's (Chromium's mobile emulation enlarges the
 * text of a page wider than the device), so a phone journey cannot stand in for a desktop one.
 */
export const placement = {
  /** The two phone projects (360 px), zh-CN and en. */
  phones: '@phones',
  /** The two desktop projects (1280 px), zh-CN and en. */
  desktops: '@desktops',
  /** zh-CN on a phone only: rules and logic that no language or width changes. */
  zhCnPhone: '@zh-CN-phone',
  /** zh-CN on a desktop only: staff logic that no language or width changes. */
  zhCnDesktop: '@zh-CN-desktop',
  /** With `desktops`: checkPage also checks each page state at 360 px. */
  bothWidths: '@both-widths',
} as const;

export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

/** The tags a project leaves out, by its width and language. */
export function tagsLeftOut(width: 'phone' | 'desktop', language: 'zh-CN' | 'en'): RegExp {
  const out: string[] = [width === 'phone' ? placement.desktops : placement.phones];
  if (language !== 'zh-CN' || width !== 'phone') out.push(placement.zhCnPhone);
  if (language !== 'zh-CN' || width !== 'desktop') out.push(placement.zhCnDesktop);
  // A tag ends at a space or the end of the title's tag list: @phones never matches @phones-x.
  return new RegExp(`(${out.join('|')})(?![\\w-])`);
}
