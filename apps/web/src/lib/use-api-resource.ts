import { useCallback, useEffect, useRef, useState } from 'react';

// The one way a page reads from the service while it shows (docs/decisions/003-web-ui.md:
// measured, the data router and TanStack Query's root provider each take the citizen entry
// over its budget). What it reads is named by a key: a new key reads again, a read the page no longer
// needs is aborted, and no component keeps a "still mounted" flag of its own.

export type Resource<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: unknown };

/** An answer that is the same for everyone (the centres): read once, kept for the page's life. */
export interface Kept<T> {
  read(): Promise<T>;
  /** the answer, once it has come */
  readonly known: { data: T } | null;
}

export function kept<T>(load: () => Promise<T>): Kept<T> {
  let known: { data: T } | null = null;
  let inFlight: Promise<T> | null = null;
  return {
    get known() {
      return known;
    },
    // Shared by every page that asks, so one page going away never aborts it for the others.
    read() {
      if (known) return Promise.resolve(known.data);
      inFlight ??= load().then(
        (data) => {
          known = { data };
          inFlight = null;
          return data;
        },
        (error: unknown) => {
          inFlight = null;
          throw error;
        },
      );
      return inFlight;
    },
  };
}

interface Settled<T> {
  key: string;
  round: number;
  resource: Resource<T>;
}

/**
 * Reads `load` for `key` (null: nothing to read yet) and gives its state; `reload()` reads it
 * again, showing the answer before until the new one comes. `load` gets the signal that aborts
 * it when the key changes or the page goes away.
 */
export function useApiResource<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): { resource: Resource<T>; reload: () => void } {
  const [round, setRound] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  // The latest `load`, read by the effect without making each render a new read.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const settle = (resource: Resource<T>) => {
      if (!controller.signal.aborted) setSettled({ key, round, resource });
    };
    loadRef.current(controller.signal).then(
      (data) => settle({ status: 'ready', data }),
      (error: unknown) => settle({ status: 'failed', error }),
    );
    return () => controller.abort();
  }, [key, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  if (settled && settled.key === key) {
    // Read again (reload): what was there stays on the page until the new answer comes, so
    // nothing the reader was looking at, or had focused, vanishes meanwhile.
    if (settled.round === round || settled.resource.status === 'ready') {
      return { resource: settled.resource, reload };
    }
  }
  return { resource: { status: 'loading' }, reload };
}

/**
 * A kept answer as a resource: ready at once when it has come before, else read once; while
 * it is not `needed`, nothing is read.
 */
export function useKeptResource<T>(source: Kept<T>, needed = true): Resource<T> {
  const known = source.known;
  const { resource } = useApiResource(known || !needed ? null : 'kept', () => source.read());
  return known ? { status: 'ready', data: known.data } : resource;
}
