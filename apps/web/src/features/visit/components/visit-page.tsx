import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  canChangeVisit,
  isVisitBookable,
  visitBringList,
  type VisitSlot,
  type VisitSlotsView,
  type VisitView,
} from '@ssc/domain/visit';
import { Button } from '@/components/ui/button.tsx';
import { Page } from '@/components/ui/page.tsx';
import { LiveRegion, Notice } from '@/components/ui/status-message.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { extendMessages, useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { uiVisitEn } from '@/lib/i18n/ui-visit-en.ts';
import { uiVisitZhCn } from '@/lib/i18n/ui-visit-zh-cn.ts';
import {
  bookingRefusal,
  bookVisit,
  cancelVisit,
  getVisitApplication,
  getVisitSlots,
  type VisitApplication as Application,
} from '../api/visit-api.ts';
import { readRememberedApplicationId as readFiledApplicationId } from '@/lib/remembered-application.ts';
import { visitIcs } from '../lib/visit-ics.ts';
import { formatVisitDateTime, formatVisitWhen } from '@/lib/visit-time.ts';
import { CentreHours, SlotPicker } from './slot-picker.tsx';
import './visit.css';

extendMessages({ 'zh-CN': uiVisitZhCn, en: uiVisitEn });

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error' }
  | { kind: 'ready'; application: Application; slots: VisitSlotsView | null };

/** What the page says after the last action. */
type Said =
  'booked' | 'moved' | 'cancelled' | 'slotTaken' | 'tooLate' | 'editedElsewhere' | 'failed' | null;

function centreName(visit: Pick<VisitView, 'centre'>, locale: string) {
  return locale === 'en' ? visit.centre.nameEn : visit.centre.nameZh;
}
function centreAddress(visit: Pick<VisitView, 'centre'>, locale: string) {
  return locale === 'en' ? visit.centre.addressEn : visit.centre.addressZh;
}

function downloadIcs(content: string, name: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The booked visit: when, where, what to bring, the calendar file; move and cancel in time. */
function BookedVisit({
  application,
  visit,
  onMove,
  onCancel,
  busy,
  toldTooLate,
}: {
  application: Application;
  visit: VisitView;
  onMove: () => void;
  onCancel: () => void;
  busy: boolean;
  /** The page has just said it is too late (a refused change): not said twice. */
  toldTooLate: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [confirmCancel, setConfirmCancel] = useState(false);
  // The same materials list the check page showed, from packages/domain.
  const bring = visitBringList(application.eligibility.requiredDocuments);
  const when = formatVisitWhen(visit.start, visit.end, locale);
  const changeable = visit.status === 'BOOKED' && canChangeVisit(new Date(visit.start), new Date());
  const deadline = formatVisitDateTime(visit.changeableUntil, locale);
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('visit.booked.when')}</dt>
          <dd data-testid="visit-when">{when}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('visit.booked.where')}</dt>
          <dd>
            {centreName(visit, locale)}
            <br />
            {centreAddress(visit, locale)}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('visit.timeZone')}</p>
      <h2>{t('visit.bringHeading')}</h2>
      <p>{t('visit.bringIntro')}</p>
      <ul className="list">
        {bring.map((item) => (
          <li key={item}>{t(`visitBring.${item}`)}</li>
        ))}
      </ul>
      <p>
        <Button
          variant="secondary"
          onClick={() =>
            downloadIcs(
              visitIcs({
                uid: `${application.reference}-${visit.start}@visit`,
                start: visit.start,
                end: visit.end,
                summary: t('visit.calendarSummary', { centre: centreName(visit, locale) }),
                location: `${centreName(visit, locale)}, ${centreAddress(visit, locale)}`,
                description: [
                  t('visit.calendarBring'),
                  ...bring.map((item) => t(`visitBring.${item}`)),
                ].join('\n'),
                now: new Date(),
              }),
              `visit-${application.reference}.ics`,
            )
          }
        >
          {t('visit.calendar')}
        </Button>
      </p>
      {visit.status === 'ARRIVED' ? <Notice kind="success">{t('visit.arrived')}</Notice> : null}
      {visit.status === 'BOOKED' && !changeable && !toldTooLate ? (
        <Notice kind="warning">
          <p>{t('visit.tooLate')}</p>
        </Notice>
      ) : null}
      {changeable ? (
        <>
          <p>{t('visit.changeUntil', { deadline })}</p>
          {confirmCancel ? (
            <div className="notice notice--warning">
              <h2>{t('visit.cancelHeading')}</h2>
              <p>{t('visit.cancelBody')}</p>
              <p>
                <Button variant="warning" busy={busy} onClick={onCancel}>
                  {t('visit.cancelConfirm')}
                </Button>
              </p>
              <p>
                <Button variant="secondary" onClick={() => setConfirmCancel(false)}>
                  {t('visit.keep')}
                </Button>
              </p>
            </div>
          ) : (
            <div className="button-row">
              <Button variant="secondary" onClick={onMove}>
                {t('visit.move')}
              </Button>{' '}
              <Button variant="secondary" onClick={() => setConfirmCancel(true)}>
                {t('visit.cancel')}
              </Button>
            </div>
          )}
        </>
      ) : null}
    </>
  );
}

/** The application and, once it can be booked, its centre's slots. */
async function fetchLoaded(id: string, signal?: AbortSignal): Promise<Loaded> {
  try {
    const application = await getVisitApplication(id, signal);
    const slots = isVisitBookable(application.status) ? await getVisitSlots(id, signal) : null;
    return { kind: 'ready', application, slots };
  } catch (error) {
    return isApiError(error, 401) || isApiError(error, 404)
      ? { kind: 'missing' }
      : { kind: 'error' };
  }
}

/**
 * docs/rules.md §5.1: the applicant books the one visit to the chosen centre once approved —
 * the application this browser filed (its token is the HttpOnly cookie), never by a number in
 * the address.
 */
export function VisitPage() {
  const t = useT();
  const { locale } = useLocale();
  const [loaded, setLoaded] = useState<Loaded>(() =>
    readFiledApplicationId() ? { kind: 'loading' } : { kind: 'missing' },
  );
  const [chosen, setChosen] = useState<VisitSlot | null>(null);
  const [moving, setMoving] = useState(false);
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);

  const load = useCallback(async () => {
    const id = readFiledApplicationId();
    setLoaded(id ? await fetchLoaded(id) : { kind: 'missing' });
  }, []);

  useEffect(() => {
    const id = readFiledApplicationId();
    if (!id) return;
    const controller = new AbortController();
    void fetchLoaded(id, controller.signal).then((next) => {
      if (!controller.signal.aborted) setLoaded(next);
    });
    return () => controller.abort();
  }, []);

  async function book(slot: VisitSlot, application: Application) {
    // A double click sends once; a retry after a lost answer is a 200 for the same slot.
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    const wasMoving = Boolean(application.visit);
    try {
      await bookVisit(application.id, slot.start);
      // The page shows the booking as the server now holds it, then says it is done.
      await load();
      setSaid(wasMoving ? 'moved' : 'booked');
      setMoving(false);
      setChosen(null);
    } catch (error) {
      const refusal = bookingRefusal(error);
      // A slot taken meanwhile: the fresh list, not a dead end.
      await load();
      setChosen(null);
      if (refusal?.kind === 'slot-full') setSaid('slotTaken');
      else if (refusal?.kind === 'too-late') setSaid('tooLate');
      else if (refusal?.kind === 'edited-elsewhere') setSaid('editedElsewhere');
      else setSaid('failed');
      // Too late to move, or moved elsewhere: the booking as it stands, not the picker again.
      if (refusal?.kind === 'too-late' || refusal?.kind === 'edited-elsewhere') setMoving(false);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  async function cancel(application: Application) {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    let outcome: Said = 'cancelled';
    try {
      await cancelVisit(application.id);
    } catch (error) {
      outcome = bookingRefusal(error)?.kind === 'too-late' ? 'tooLate' : 'failed';
    }
    await load();
    setSaid(outcome);
    sending.current = false;
    setBusy(false);
  }

  const message = said ? (
    <Notice
      kind={said === 'booked' || said === 'moved' || said === 'cancelled' ? 'success' : 'warning'}
    >
      <p>
        {t(
          said === 'booked'
            ? 'visit.booked.heading'
            : said === 'moved'
              ? 'visit.booked.moved'
              : `visit.${said}`,
        )}
      </p>
    </Notice>
  ) : null;

  if (loaded.kind !== 'ready') {
    return (
      <Page titleKey="visit.title">
        {loaded.kind === 'loading' ? (
          <p className="loading" role="status">
            {t('ui.loading')}
          </p>
        ) : null}
        {loaded.kind === 'missing' ? (
          <>
            <p>{t('visit.missing')}</p>
            <p>
              <Link className="action-link" to="/track">
                {t('landing.track.link')}
              </Link>
            </p>
          </>
        ) : null}
        {loaded.kind === 'error' ? (
          <>
            <Notice kind="error">{t('visit.failedToLoad')}</Notice>
            <Button onClick={() => void load()}>{t('visit.retry')}</Button>
          </>
        ) : null}
      </Page>
    );
  }

  const { application, slots } = loaded;
  const visit = application.visit ?? null;
  const status = t(`status.${application.status}`);
  const picking = slots && (!visit || moving);

  return (
    <Page titleKey={visit && !moving ? 'visit.bookedTitle' : 'visit.title'}>
      <p className="muted">{t('visit.reference', { reference: application.reference })}</p>
      <LiveRegion>{message}</LiveRegion>
      {!slots && !visit ? (
        <p>
          {t(
            ['COLLECTED', 'REJECTED', 'WITHDRAWN'].includes(application.status)
              ? 'visit.notNeeded'
              : 'visit.notYet',
            { status },
          )}
        </p>
      ) : null}
      {visit && !moving ? (
        <BookedVisit
          application={application}
          visit={visit}
          busy={busy}
          toldTooLate={said === 'tooLate'}
          onMove={() => {
            setSaid(null);
            setMoving(true);
          }}
          onCancel={() => void cancel(application)}
        />
      ) : null}
      {picking && !chosen ? (
        <>
          {application.missedVisit && !visit ? (
            <Notice kind="warning">
              <p data-testid="visit-missed">
                {t('visit.missed', {
                  when: formatVisitWhen(
                    application.missedVisit.start,
                    application.missedVisit.end,
                    locale,
                  ),
                })}
              </p>
            </Notice>
          ) : null}
          {moving ? <h2>{t('visit.moveHeading')}</h2> : <p>{t('visit.intro')}</p>}
          <CentreHours view={slots} />
          <SlotPicker
            view={slots}
            onChoose={(slot) => {
              setSaid(null);
              setChosen(slot);
            }}
          />
          {moving ? (
            <Button variant="secondary" onClick={() => setMoving(false)}>
              {t('visit.keep')}
            </Button>
          ) : null}
        </>
      ) : null}
      {picking && chosen ? (
        <section className="panel" aria-labelledby="visit-confirm-heading">
          <h2 id="visit-confirm-heading" tabIndex={-1}>
            {t('visit.confirmHeading')}
          </h2>
          <p>
            {t('visit.confirmWhen', { when: formatVisitWhen(chosen.start, chosen.end, locale) })}
          </p>
          <p>
            {t('visit.confirmWhere', {
              centre: centreName(slots, locale),
              address: centreAddress(slots, locale),
            })}
          </p>
          <p className="muted">{t('visit.timeZone')}</p>
          <p>
            <Button busy={busy} onClick={() => void book(chosen, application)}>
              {t(moving ? 'visit.confirmMove' : 'visit.confirm')}
            </Button>
          </p>
          <p>
            <Button variant="secondary" onClick={() => setChosen(null)}>
              {t('visit.chooseAnother')}
            </Button>
          </p>
        </section>
      ) : null}
    </Page>
  );
}
