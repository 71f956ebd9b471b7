import { useEffect, useRef } from 'react';

export interface ReviewShortcuts {
  next: () => void;
  previous: () => void;
  accept: () => void;
  reject: () => void;
  approve: () => void;
}

/** Typing in a field must never trigger a decision: shortcuts only act outside text entry. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  // Checkboxes, radios and buttons take no text; a letter pressed there is a shortcut.
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

/**
 * Keyboard path through a review: j / k next and previous document, a accept,
 * r reject, Shift+A approve. The keys are listed on screen beside the documents.
 */
export function useReviewShortcuts(shortcuts: ReviewShortcuts, enabled: boolean): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const actions: Record<string, (() => void) | undefined> = {
        j: latest.current.next,
        k: latest.current.previous,
        a: latest.current.accept,
        r: latest.current.reject,
        A: latest.current.approve,
      };
      const key = event.shiftKey ? event.key.toUpperCase() : event.key.toLowerCase();
      if (event.shiftKey && key !== 'A') return;
      const action = actions[key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
