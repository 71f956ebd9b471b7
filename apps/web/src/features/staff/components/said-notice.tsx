import { useState } from 'react';
import { LiveRegion, Notice } from '@/components/ui/status-message.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { decisionErrorKeys } from './decision-error.ts';

/** What the last change on a panel said: a translated key and its values. */
export type Said = {
  kind: 'success' | 'error';
  key: string;
  params?: Record<string, string | number>;
};

/** A change done is announced politely; a refusal is an alert. */
export function SaidNotice({ said }: { said: Said | null }) {
  const t = useT();
  return (
    <>
      <LiveRegion>
        {said?.kind === 'success' && (
          <Notice kind="success">
            <p>{t(said.key, said.params)}</p>
          </Notice>
        )}
      </LiveRegion>
      {said?.kind === 'error' && (
        <Notice kind="error">
          <p>{t(said.key, said.params)}</p>
        </Notice>
      )}
    </>
  );
}

/**
 * A panel's one-button changes (open a day again, remove a holiday): which row is busy, and
 * what the last change said, a refusal in words.
 */
export function useRowAction() {
  const [said, setSaid] = useState<Said | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (row: string, action: () => Promise<Said>) => {
    setBusy(row);
    setSaid(null);
    try {
      setSaid(await action());
    } catch (failure) {
      setSaid({ kind: 'error', key: decisionErrorKeys(failure)[0]! });
    } finally {
      setBusy(null);
    }
  };
  return { said, setSaid, busy, run };
}

/** A day closed (a centre's or a holiday): said with the bookings it holds, when it holds any. */
export function closedSaid(
  keys: { plain: string; withBookings: string },
  date: string,
  bookings: number,
): Said {
  return bookings > 0
    ? { kind: 'success', key: keys.withBookings, params: { date, count: bookings } }
    : { kind: 'success', key: keys.plain, params: { date } };
}
