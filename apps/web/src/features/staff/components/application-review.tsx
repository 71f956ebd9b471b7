import { useCallback, useEffect, useRef, useState } from 'react';
import { failureKey, isApiError } from '@/lib/api-client.ts';
import { factMessage } from '@ssc/domain/history-facts';
import { cite } from '@/lib/i18n/cite.ts';
import { useLocale, useT, type Translate } from '@/lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '@/lib/format-date.ts';
import { Button } from '@/components/ui/button.tsx';
import { LiveRegion } from '@/components/ui/status-message.tsx';
import { certificateUrl, claimApplication, getStaffApplication } from '../api/staff-api.ts';
import type { StaffApplication } from '../api/staff-api.ts';
import { AnswerRows, CORRECTABLE_FIELDS, groupOfKind } from './answer-groups.tsx';
import { decisionErrorKeys } from './decision-error.ts';
import { DocumentCard } from './document-card.tsx';
import { SameCardNotice } from './same-card-notice.tsx';
import {
  ApproveForm,
  ExpensesForm,
  HrssForm,
  PickupForm,
  ReassignForm,
  RejectApplicationForm,
  ReturnForCorrectionForm,
} from './review-decisions.tsx';
import type { Decide } from './submit-decision.ts';
import { useReviewShortcuts } from './use-review-shortcuts.ts';
import { CodeText } from '@/components/ui/code-text.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; application: StaffApplication }
  | { kind: 'notFound' }
  | { kind: 'failed'; key: ReturnType<typeof failureKey> };

function ShortcutHelp() {
  const t = useT();
  const keys: [string, string][] = [
    ['j', 'staff.shortcuts.next'],
    ['k', 'staff.shortcuts.previous'],
    ['a', 'staff.shortcuts.accept'],
    ['r', 'staff.shortcuts.reject'],
    ['Shift+A', 'staff.shortcuts.approve'],
  ];
  return (
    <section className="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading" className="shortcuts__title">
        {t('staff.shortcuts.heading')}
      </h2>
      <dl className="shortcuts__list">
        {keys.map(([key, label]) => (
          <div key={key} className="shortcuts__item">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <p className="field__hint">{t('staff.shortcuts.hint')}</p>
    </section>
  );
}

export function ApplicationReview({
  id,
  onLoaded,
}: {
  id: string;
  onLoaded?: (reference: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [conflict, setConflict] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [claimErrors, setClaimErrors] = useState<string[]>([]);
  const [current, setCurrent] = useState(0);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const approveButton = useRef<HTMLButtonElement | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  // The version the last load showed; decisions queue behind each other (below) and each
  // one must carry the version its predecessor produced, not the one the screen first had.
  const version = useRef<number | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const reload = useCallback(async () => {
    try {
      const application = await getStaffApplication(id);
      version.current = application.version;
      setState({ kind: 'ready', application });
      onLoaded?.(application.reference);
    } catch (error) {
      setState(
        isApiError(error, 404) ? { kind: 'notFound' } : { kind: 'failed', key: failureKey(error) },
      );
    }
  }, [id, onLoaded]);

  useEffect(() => {
    let live = true;
    getStaffApplication(id)
      .then((application) => {
        if (!live) return;
        version.current = application.version;
        setState({ kind: 'ready', application });
        onLoaded?.(application.reference);
      })
      .catch(
        (error: unknown) =>
          live &&
          setState(
            isApiError(error, 404)
              ? { kind: 'notFound' }
              : { kind: 'failed', key: failureKey(error) },
          ),
      );
    return () => {
      live = false;
    };
  }, [id, onLoaded]);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const application = state.kind === 'ready' ? state.application : null;

  // Optimistic locking: every decision carries the version this screen last loaded. A 409
  // means someone else changed the application meanwhile; show theirs instead of overwriting.
  // A reviewer's own quick keystrokes (a, j, a…) run one after the other, so they never
  // collide with each other.
  const runDecision: Decide = async (action, doneKey) => {
    if (version.current === null) return false;
    setAnnouncement(null);
    let fresh: StaffApplication;
    try {
      fresh = await action(version.current);
    } catch (error) {
      if (isApiError(error, 409)) {
        setConflict(true);
        await reload();
        return false;
      }
      throw error;
    }
    // The decision's answer is the fresh view: no second request (nor a second "viewed" entry
    // in the audit trail) to see what it did.
    version.current = fresh.version;
    setState({ kind: 'ready', application: fresh });
    setConflict(false);
    setAnnouncement(doneKey);
    return true;
  };
  const decide: Decide = (action, doneKey) => {
    const next = queue.current.then(() => runDecision(action, doneKey));
    queue.current = next.catch(() => undefined);
    return next;
  };

  const actions = new Set(application?.allowedActions ?? []);
  const documents = application?.documents ?? [];
  const canReview = actions.has('reviewDocument');

  const focusCard = (index: number) => {
    const next = Math.max(0, Math.min(documents.length - 1, index));
    setCurrent(next);
    const card = cards.current[next];
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: 'start' });
  };

  useReviewShortcuts(
    {
      next: () => focusCard(current + 1),
      previous: () => focusCard(current - 1),
      accept: () => {
        cards.current[current]
          ?.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="a"]:not(:disabled)')
          ?.click();
      },
      reject: () => {
        const doc = documents[current];
        if (doc && canReview) setRejecting(doc.id);
      },
      approve: () => {
        approveButton.current?.scrollIntoView({ block: 'center' });
        approveButton.current?.focus({ preventScroll: true });
      },
    },
    state.kind === 'ready' && documents.length > 0,
  );

  if (state.kind === 'loading') return <p role="status">{t('ui.loading')}</p>;
  if (state.kind === 'notFound') return <p role="alert">{t('staff.application.notFound')}</p>;
  if (state.kind === 'failed') return <p role="alert">{t(state.key)}</p>;
  if (!application) return <p role="alert">{t('ui.error.network')}</p>;

  const fieldLabel = (field: string) => {
    const known = CORRECTABLE_FIELDS.find((item) => item.field === field);
    return known ? t(known.labelKey) : field;
  };

  const claim = async () => {
    setClaimErrors([]);
    try {
      await decide((version) => claimApplication(application.id, version), 'staff.claim.done');
    } catch (error) {
      setClaimErrors(decisionErrorKeys(error));
    }
  };

  // The workstation (staff.css): at 1280 px and wider the scans fill the left and the facts and
  // the decisions stay in reach on the right; narrower, facts, scans and decisions follow in turn.
  return (
    <div className="review-workstation">
      {/* Scrolled on its own at 1280 px and wider, so it takes focus for the keyboard. */}
      <div
        className="review-workstation__side"
        data-testid="review-side"
        role="region"
        aria-label={t('staff.application.side')}
        tabIndex={0}
      >
        <div className="review-workstation__facts">
          {conflict ? (
            <div className="notice notice--error" role="alert" tabIndex={-1} ref={conflictRef}>
              <p>
                <strong>{t('staff.error.decidedElsewhere')}</strong>
              </p>
              <p>{t('staff.error.decidedElsewhereBody')}</p>
            </div>
          ) : null}
          <LiveRegion>
            {announcement ? (
              <div className="notice notice--success">
                <p>{t(announcement)}</p>
              </div>
            ) : null}
          </LiveRegion>

          <dl className="summary-list summary-list--compact">
            <div className="summary-list__row">
              <dt>{t('tracking.result.status')}</dt>
              <dd>
                <strong className="tag tag--status" data-testid="application-status">
                  {t(`status.${application.status}`)}
                </strong>
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('staff.queue.assignee')}</dt>
              <dd>{application.assignee?.displayName ?? t('staff.queue.unassigned')}</dd>
            </div>
            {application.submittedAt ? (
              <div className="summary-list__row">
                <dt>{t('staff.queue.submittedAt')}</dt>
                <dd>{formatDateTime(application.submittedAt, locale)}</dd>
              </div>
            ) : null}
          </dl>

          {actions.has('claim') ? (
            <div className="button-row">
              {claimErrors.length > 0 ? (
                <div className="notice notice--error" role="alert">
                  {claimErrors.map((key) => (
                    <p key={key}>{t(key)}</p>
                  ))}
                </div>
              ) : null}
              <Button onClick={() => void claim()}>{t('staff.claim.submit')}</Button>
            </div>
          ) : null}

          {application.rejection ? (
            <div className="notice notice--error">
              <p>
                <strong>{t('staff.rejection.heading')}</strong>
              </p>
              <p>{t(`rejectionReason.${application.rejection.reason}`)}</p>
              {application.rejection.note ? <p>{application.rejection.note}</p> : null}
            </div>
          ) : null}

          {application.corrections && application.corrections.length > 0 ? (
            <div className="notice notice--warning">
              <p>
                <strong>{t('staff.corrections.heading')}</strong>
              </p>
              <ul className="list">
                {application.corrections.map((item, index) => (
                  <li key={index}>
                    {item.target.kind
                      ? t(`documentKind.${item.target.kind}`)
                      : item.target.field
                        ? fieldLabel(item.target.field)
                        : '–'}
                    : {t(`reviewReason.${item.reason}`)}
                    {item.note ? ` (${item.note})` : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {application.certificate ? (
            <div className="notice notice--success">
              <p>
                {t('staff.approve.serial')}{' '}
                <strong className="reference-inline">
                  <CodeText value={application.certificate.serial} />
                </strong>
              </p>
              <p>
                <a href={certificateUrl(application.id)} target="_blank" rel="noopener">
                  {t('staff.certificate.open')}
                </a>
              </p>
              {application.pickup ? (
                <p>
                  {t('staff.pickup.recorded', {
                    date: formatDateTime(application.pickup.at, locale),
                    name: application.pickup.by?.displayName ?? '–',
                  })}
                </p>
              ) : null}
            </div>
          ) : null}

          <h2>{t('staff.application.answers')}</h2>
          <dl className="summary-list">
            <AnswerRows application={application} group="reason" />
            <AnswerRows application={application} group="cardholder" />
            <AnswerRows application={application} group="card" />
            <AnswerRows application={application} group="agent" />
            <AnswerRows application={application} group="declarations" />
          </dl>

          <h2>{t('staff.application.eligibility')}</h2>
          <p>
            <strong
              className={`tag ${application.eligibility.eligible ? 'tag--done' : 'tag--missing'}`}
            >
              {application.eligibility.eligible
                ? t('staff.eligibility.eligible')
                : t('staff.eligibility.notEligible')}
            </strong>
          </p>
          {application.eligibility.blockers.length === 0 ? (
            <p>{t('staff.application.noBlockers')}</p>
          ) : (
            <ul className="blocker-list">
              {application.eligibility.blockers.map((blocker) => (
                <li key={blocker.code}>
                  {t('ui.blocker.rule', {
                    text: t(blocker.messageKey ?? `blocker.${blocker.code}`),
                    rule: cite(t, blocker.rule),
                  })}
                </li>
              ))}
            </ul>
          )}
          <SameCardNotice others={application.sameCard ?? []} />
          {application.eligibility.missingDocuments.length > 0 ? (
            <>
              <p>{t('staff.eligibility.missing')}</p>
              <ul className="list">
                {application.eligibility.missingDocuments.map((kind) => (
                  <li key={kind}>{t(`documentKind.${kind}`)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div className="review-workstation__decisions">
          {actions.size > 0 ? <h2>{t('staff.decisions.heading')}</h2> : null}
          {actions.has('confirmExpenses') ? (
            <ExpensesForm application={application} decide={decide} />
          ) : null}
          {actions.has('recordHrssClosed') ? (
            <HrssForm application={application} decide={decide} />
          ) : null}
          {actions.has('returnForCorrection') ? (
            <ReturnForCorrectionForm application={application} decide={decide} />
          ) : null}
          {actions.has('reviewDocument') ? (
            <ApproveForm
              application={application}
              decide={decide}
              approveButtonRef={(element) => {
                approveButton.current = element;
              }}
            />
          ) : null}
          {actions.has('reject') ? (
            <RejectApplicationForm application={application} decide={decide} />
          ) : null}
          {actions.has('reassign') ? (
            <ReassignForm application={application} decide={decide} />
          ) : null}
          {actions.has('recordPickup') ? (
            <PickupForm application={application} decide={decide} />
          ) : null}

          <h2>{t('staff.application.history')}</h2>
          <ol className="timeline">
            {application.history.map((event, index) => (
              <li key={`${event.status}-${index}`} className="timeline__item">
                <span className="timeline__status">{t(`status.${event.status}`)}</span>
                <time className="timeline__time" dateTime={event.at}>
                  {formatDateTime(event.at, locale)}
                </time>
                {(event.facts ?? []).map((fact) => (
                  <span key={fact} className="timeline__note">
                    {historyFactText(t, fact)}
                  </span>
                ))}
                {event.note ? <span className="timeline__note">{event.note}</span> : null}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <div className="review-workstation__evidence" data-testid="review-evidence">
        <h2>{t('staff.application.documents')}</h2>
        {documents.length === 0 ? <p>{t('staff.application.noDocuments')}</p> : <ShortcutHelp />}
        <div className="evidence-list">
          {documents.map((doc, index) => (
            <DocumentCard
              key={doc.id}
              application={application}
              document={doc}
              position={index + 1}
              total={documents.length}
              current={index === current}
              canReview={canReview}
              rejecting={rejecting === doc.id}
              onRejectingChange={(open) => setRejecting(open ? doc.id : null)}
              onFocusCard={() => setCurrent(index)}
              supportingAnswers={
                <AnswerRows application={application} group={groupOfKind(doc.kind)} />
              }
              decide={decide}
              cardRef={(element) => {
                cards.current[index] = element;
              }}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

/** A history fact in the reader's language: a refusal names its reason (history-facts.ts). */
function historyFactText(t: Translate, fact: string): string {
  const { key, params } = factMessage(fact);
  return params?.reasonKey ? t(key, { reason: t(params.reasonKey) }) : t(key);
}
