import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

interface Page<Item> {
  items: Item[];
  nextCursor?: string | null | undefined;
}

interface Loaded<Item> {
  key: string;
  items: Item[];
  nextCursor: string | null;
}

/**
 * A staff list whose applied filters live in the address bar (the queue, the audit trail):
 * Back, reload and a shared link show the same list. `parse` and `serialise` check whatever
 * the address holds (lib/queue-search.ts, lib/audit-search.ts); they and `load` must be
 * stable (module-level functions). Paging cursors stay out of the address.
 */
export function useAddressFilteredList<Filters, Item>(
  parse: (params: URLSearchParams) => Filters,
  serialise: (filters: Filters) => URLSearchParams,
  load: (filters: Filters, cursor?: string) => Promise<Page<Item>>,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  // `search` is the address's checked, canonical form: a hand-edited address never reaches
  // the API as typed.
  const search = serialise(parse(searchParams)).toString();
  const filters = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);
  // Applying the same filters again asks the server again (someone may have acted meanwhile).
  const [attempt, setAttempt] = useState(0);
  const requestKey = `${attempt}?${search}`;
  const [loaded, setLoaded] = useState<Loaded<Item> | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: unknown } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let live = true;
    load(filters)
      .then((page) => {
        if (live) {
          setLoaded({ key: requestKey, items: page.items, nextCursor: page.nextCursor ?? null });
        }
      })
      .catch((error: unknown) => {
        if (live) setFailure({ key: requestKey, error });
      });
    return () => {
      live = false;
    };
  }, [load, filters, requestKey]);

  // Only what answers the current request is shown; an older answer is never mistaken for it.
  const current = loaded?.key === requestKey ? loaded : null;
  const nextCursor = current?.nextCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await load(filters, nextCursor);
      setLoaded((previous) =>
        previous?.key === requestKey
          ? {
              key: requestKey,
              items: [...previous.items, ...page.items],
              nextCursor: page.nextCursor ?? null,
            }
          : previous,
      );
    } catch (error) {
      setFailure({ key: requestKey, error });
    } finally {
      setLoadingMore(false);
    }
  }, [load, filters, requestKey, nextCursor]);

  /** Applies filters: one history entry per change, so Back undoes one Apply at a time. */
  const apply = useCallback(
    (next: Filters) => {
      const params = serialise(next);
      // Push, not replace, like following a link; unchanged filters replace, so Back never
      // stops on a duplicate.
      setSearchParams(params, { replace: params.toString() === search });
      setAttempt((previous) => previous + 1);
    },
    [serialise, setSearchParams, search],
  );

  /** Asks the server again for the same filters. */
  const reload = useCallback(() => setAttempt((previous) => previous + 1), []);

  return {
    search,
    filters,
    items: current?.items ?? null,
    nextCursor,
    /** Whether the current request failed, and with what. */
    failed: failure?.key === requestKey,
    error: failure?.key === requestKey ? failure.error : undefined,
    loadingMore,
    loadMore,
    apply,
    reload,
  };
}
