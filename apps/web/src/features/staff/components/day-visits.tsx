import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { chinaDateOf, visitDateSchema } from '@ssc/domain/visit';
import type { VisitOutcome } from '@ssc/domain/visit';
import { Button } from '@/components/ui/button.tsx';
import { DataTable } from '@/components/ui/data-table.tsx';
import { LiveRegion, Notice } from '@/components/ui/status-message.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatVisitDate, formatVisitTime } from '@/lib/visit-time.ts';
import { listDayVisits, recordVisitOutcome } from '../api/visits-api.ts';
import type { DayVisit, DayVisits as DayVisitsView } from '../api/visits-api.ts';
import { decisionErrorKeys } from './decision-error.ts';
import { useStaff } from './staff-session.tsx';

/** What the counter is told after recording an outcome, or why it was refused. */
type Feedback =
  | { kind: 'done'; reference: string; outcome: VisitOutcome }
  | { kind: 'refused'; keys: string[]; params?: Record<string, string> };

/** The keys for a refused outcome (docs/api.md "The visit calendar"). */
function refusal(
  error: unknown,
  outcome: VisitOutcome,
  locale: 'zh-CN' | 'en',
): Extract<Feedback, { kind: 'refused' }> {
  if (isApiError(error, 409)) {
    const type = error.problem.type ?? '';
    if (type.endsWith('/visit-not-due')) {
      // docs/api.md "The visit calendar": the refusal says from when the outcome may be recorded
      const { dueFrom } = error.problem;
      if (outcome === 'ARRIVED') return { kind: 'refused', keys: ['staff.visits.notDueArrived'] };
      return {
        kind: 'refused',
        keys: ['staff.visits.notDueNoShow'],
        params: { time: typeof dueFrom === 'string' ? formatVisitTime(dueFrom, locale) : '' },
      };
    }
    if (type.endsWith('/visit-already-marked')) {
      return { kind: 'refused', keys: ['staff.visits.alreadyMarked'] };
    }
  }
  return { kind: 'refused', keys: decisionErrorKeys(error) };
}

/**
 * docs/rules.md §5.1: the counter's day at the staff member's centre — who is booked when, and
 * the two buttons that record whether they came. The date is in the address, so a reload or a
 * shared link keeps the day.
 */
export function DayVisits() {
  const t = useT();
  const { locale } = useLocale();
  const staff = useStaff();
  const [params, setParams] = useSearchParams();
  const asked = params.get('date');
  // The day at the counter is a China day, whatever zone this desk's computer is set to.
  const date = asked && visitDateSchema.safeParse(asked).success ? asked : chinaDateOf(new Date());
  const [draftDate, setDraftDate] = useState(date);
  const [shownDate, setShownDate] = useState(date);
  if (shownDate !== date) {
    setShownDate(date);
    setDraftDate(date);
  }
  const [day, setDay] = useState<DayVisitsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    listDayVisits(staff.centre.id, date)
      .then((result) => {
        if (!live) return;
        setDay(result);
        setLoadError(null);
      })
      .catch((failure: unknown) => live && setLoadError(decisionErrorKeys(failure)[0]!));
    return () => {
      live = false;
    };
  }, [staff.centre.id, date, reloads]);

  const choose = (event: FormEvent) => {
    event.preventDefault();
    if (!visitDateSchema.safeParse(draftDate).success) return;
    setFeedback(null);
    setParams({ date: draftDate });
  };

  const mark = async (visit: DayVisit, outcome: VisitOutcome) => {
    setBusy(visit.id);
    setFeedback(null);
    try {
      const marked = await recordVisitOutcome(visit.id, outcome);
      // The row is what the action returned: no second request to see the result.
      setDay(
        (current) =>
          current && {
            ...current,
            items: current.items.map((item) => (item.id === marked.id ? marked : item)),
          },
      );
      setFeedback({ kind: 'done', reference: marked.reference, outcome });
    } catch (failure) {
      const answer = refusal(failure, outcome, locale);
      setFeedback(answer);
      // Someone else recorded it meanwhile: show what they recorded.
      if (answer.kind === 'refused' && answer.keys.includes('staff.visits.alreadyMarked'))
        setReloads((n) => n + 1);
    } finally {
      setBusy(null);
    }
  };

  const centreName = day ? (locale === 'en' ? day.centre.nameEn : day.centre.nameZh) : '';
  return (
    <>
      <form className="filters" onSubmit={choose} aria-labelledby="visit-day-heading">
        <h2 id="visit-day-heading" className="filters__title">
          {t('staff.visits.chooseDay')}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor="visit-day">
            {t('staff.visits.date')}
          </label>
          <input
            id="visit-day"
            className="input"
            type="date"
            required
            value={draftDate}
            onChange={(event) => setDraftDate(event.target.value)}
          />
        </div>
        <Button type="submit">{t('staff.visits.show')}</Button>
      </form>
      <LiveRegion>
        {feedback?.kind === 'done' && (
          <Notice kind="success">
            <p>{t(`staff.visits.done.${feedback.outcome}`, { reference: feedback.reference })}</p>
          </Notice>
        )}
      </LiveRegion>
      {feedback?.kind === 'refused' && (
        <Notice kind="error">
          {feedback.keys.map((key) => (
            <p key={key}>{t(key, feedback.params)}</p>
          ))}
        </Notice>
      )}
      {loadError && <p role="alert">{t(loadError)}</p>}
      {!day && !loadError && <p role="status">{t('ui.loading')}</p>}
      {day && (
        <DataTable
          captionId="visit-day-caption"
          caption={t('staff.visits.caption', {
            centre: centreName,
            date: formatVisitDate(day.date, locale),
            count: String(day.items.length),
          })}
          columns={[
            t('staff.visits.time'),
            t('staff.queue.reference'),
            t('staff.queue.cardholder'),
            t('staff.visits.applicationStatus'),
            t('staff.visits.visitStatus'),
            t('staff.queue.actions'),
          ]}
        >
          {day.items.length === 0 && (
            <tr>
              <td colSpan={6}>{t('staff.visits.empty')}</td>
            </tr>
          )}
          {day.items.map((visit) => (
            <tr key={visit.id}>
              <td>
                {formatVisitTime(visit.start, locale)}–{formatVisitTime(visit.end, locale)}
              </td>
              <th scope="row">
                <Link to={`/staff/applications/${visit.applicationId}`}>{visit.reference}</Link>
              </th>
              <td>{visit.cardholderName}</td>
              <td>{t(`status.${visit.applicationStatus}`)}</td>
              <td>
                {t(`staff.visits.status.${visit.status}`)}
                {visit.markedAt && (
                  <>
                    {' '}
                    {t('staff.visits.markedAt', { time: formatVisitTime(visit.markedAt, locale) })}
                  </>
                )}
              </td>
              <td>
                {visit.status === 'BOOKED' && (
                  <div className="button-row">
                    <Button
                      busy={busy === visit.id}
                      onClick={() => void mark(visit, 'ARRIVED')}
                      aria-label={t('staff.visits.arrivedFor', { reference: visit.reference })}
                    >
                      {t('staff.visits.arrived')}
                    </Button>
                    <Button
                      variant="secondary"
                      busy={busy === visit.id}
                      onClick={() => void mark(visit, 'NO_SHOW')}
                      aria-label={t('staff.visits.noShowFor', { reference: visit.reference })}
                    >
                      {t('staff.visits.noShow')}
                    </Button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
