import { useSyncExternalStore } from 'react';

/**
 * 大字模式 (large text), after MIIT's 2021 rules for websites used by older people: main text of
 * 18 pt (24 CSS px), larger headings, targets of 60 px, stronger contrast and one control per
 * row (styles.css, `[data-text-size='large']`). Remembered in this browser; citizen pages only,
 * since staff work at a desk with their own screen settings.
 */
const STORAGE_KEY = 'ssc.textSize';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'large';
  } catch {
    // Private modes may refuse storage; the page starts in the ordinary size.
    return false;
  }
}

let large = typeof window === 'undefined' ? false : read();

export function setLargeText(on: boolean): void {
  large = on;
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, 'large');
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLargeText(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => large,
    () => false,
  );
}

/** Applies the mode to the document (before the first render too, so nothing jumps). */
export function applyTextSize(on: boolean): void {
  if (on) document.documentElement.dataset.textSize = 'large';
  else delete document.documentElement.dataset.textSize;
}

export function readLargeText(): boolean {
  return large;
}
