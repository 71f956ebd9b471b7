import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { z } from 'zod';
import { REVIEW_REASONS } from '@ssc/domain/codes';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { RadioGroupField, TextAreaField } from '@/components/ui/field.tsx';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatDateTime, formatFileSize } from '@/lib/format-date.ts';
import { documentContentUrl, reviewDocument } from '../api/staff-api.ts';
import type { StaffApplication, StaffDocument } from '../api/staff-api.ts';
import { decisionErrorKeys } from './decision-error.ts';
import { submitDecision } from './submit-decision.ts';
import type { Decide } from './submit-decision.ts';
import { PdfFailed } from './pdf-failed.tsx';
import { useZoomRotate, ViewerTools } from './viewer-tools.tsx';

// pdf.js is the largest library the app uses: it loads only when a PDF is on screen. Should
// its chunk fail to load, the card says so and offers the download; the review goes on.
const PdfViewer = lazy(
  (): Promise<{ default: ComponentType<{ url: string; downloadUrl: string; label: string }> }> =>
    import('./pdf-viewer.tsx').then(
      (m) => ({ default: m.PdfViewer }),
      () => ({ default: PdfFailed }),
    ),
);

// The reasons a reviewer picks from; OTHER needs a note (Guide §II.4).
const DOCUMENT_REJECT_REASONS = REVIEW_REASONS.filter((reason) => reason !== 'INCOMPLETE');

// Field names are unique on the page (ids come from names); one document's form is open at a time.
const rejectSchema = z
  .object({
    documentReason: z.enum(DOCUMENT_REJECT_REASONS, {
      error: (issue) =>
        issue.input === undefined ? 'error.reviewReason.required' : 'error.reviewReason.invalid',
    }),
    documentNote: z.string().trim().max(1000, 'error.explanation.tooLong').optional(),
  })
  .refine((value) => value.documentReason !== 'OTHER' || Boolean(value.documentNote), {
    path: ['documentNote'],
    message: 'error.reviewNote.required',
  });

function ImageViewer({ url, alt }: { url: string; alt: string }) {
  const t = useT();
  const view = useZoomRotate();
  const { zoom, rotation } = view;
  const sideways = rotation % 180 !== 0;
  return (
    <div className="viewer">
      <ViewerTools label={t('staff.viewer.tools')} view={view} />
      {/* The frame scrolls, not the page, so a zoomed scan never widens the screen (WCAG 1.4.10). */}
      <div className="viewer__frame" tabIndex={0} role="region" aria-label={alt}>
        <img
          className="viewer__image"
          src={url}
          alt={alt}
          style={{
            width: `${zoom * 100}%`,
            transform: `rotate(${rotation}deg)${sideways ? ' scale(0.75)' : ''}`,
          }}
        />
      </div>
    </div>
  );
}

export function DocumentCard({
  application,
  document: doc,
  position,
  total,
  current,
  canReview,
  rejecting,
  onRejectingChange,
  onFocusCard,
  supportingAnswers,
  decide,
  cardRef,
}: {
  application: StaffApplication;
  document: StaffDocument;
  position: number;
  total: number;
  current: boolean;
  canReview: boolean;
  rejecting: boolean;
  onRejectingChange: (open: boolean) => void;
  onFocusCard: () => void;
  supportingAnswers: ReactNode;
  decide: Decide;
  cardRef?: (element: HTMLElement | null) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [acceptError, setAcceptError] = useState<string[]>([]);
  const label = t(`documentKind.${doc.kind}`);
  const url = documentContentUrl(application.id, doc.id);
  const headingId = `doc-${doc.id}-heading`;
  const review = doc.review ?? null;
  const rejectRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Opening the reasons (button or the r key) puts the keyboard on the first one.
    if (rejecting) rejectRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [rejecting]);

  const accept = async () => {
    setAcceptError([]);
    try {
      await decide(
        (version) => reviewDocument(application.id, doc.id, { decision: 'ACCEPTED' }, version),
        'staff.document.accepted',
      );
    } catch (error) {
      setAcceptError(decisionErrorKeys(error));
    }
  };

  return (
    <article
      className={`evidence evidence--review${current ? ' evidence--current' : ''}`}
      aria-labelledby={headingId}
      ref={cardRef}
      tabIndex={-1}
      onFocus={onFocusCard}
      data-document-id={doc.id}
    >
      <h3 id={headingId} className="evidence__title">
        <span className="evidence__count">{t('staff.document.position', { position, total })}</span>{' '}
        {label}
      </h3>
      <p className="status-line">
        {review ? (
          <strong
            className={`tag ${review.decision === 'ACCEPTED' ? 'tag--done' : 'tag--missing'}`}
          >
            {t(`staff.document.decision.${review.decision}`)}
          </strong>
        ) : (
          <strong className="tag tag--status">{t('staff.document.decision.NONE')}</strong>
        )}
        {review?.reason ? ` ${t(`reviewReason.${review.reason}`)}` : null}
        {review?.note ? ` (${review.note})` : null}
      </p>
      <div className="evidence__pair">
        <div className="evidence__answers">
          <h4>{t('staff.document.supports')}</h4>
          <dl className="summary-list summary-list--compact">{supportingAnswers}</dl>
        </div>
        <div className="evidence__view">
          {doc.contentType.startsWith('image/') ? (
            <ImageViewer url={url} alt={t('staff.application.imageAlt', { document: label })} />
          ) : (
            <Suspense
              fallback={
                <p className="viewer__state" role="status">
                  {t('staff.pdf.loading')}
                </p>
              }
            >
              <PdfViewer
                key={url}
                url={url}
                downloadUrl={documentContentUrl(application.id, doc.id, true)}
                label={label}
              />
            </Suspense>
          )}
          <p className="field__hint">
            {doc.contentType} · {formatFileSize(doc.size, locale)}
            {doc.createdAt ? ` · ${formatDateTime(doc.createdAt, locale)}` : ''} ·{' '}
            <a href={documentContentUrl(application.id, doc.id, true)}>
              {t('staff.application.download')}
              <span className="visually-hidden"> {label}</span>
            </a>
          </p>
        </div>
      </div>
      {canReview ? (
        <div className="evidence__actions">
          {acceptError.length > 0 ? (
            <div className="notice notice--error" role="alert">
              {acceptError.map((key) => (
                <p key={key}>{t(key)}</p>
              ))}
            </div>
          ) : null}
          <div className="button-row">
            <Button
              onClick={() => void accept()}
              aria-keyshortcuts={current ? 'a' : undefined}
              disabled={review?.decision === 'ACCEPTED'}
            >
              {t('staff.document.accept')}
              <span className="visually-hidden"> {label}</span>
            </Button>
            <Button
              variant="warning"
              onClick={() => onRejectingChange(!rejecting)}
              aria-expanded={rejecting}
              aria-controls={`reject-${doc.id}`}
              aria-keyshortcuts={current ? 'r' : undefined}
            >
              {t('staff.document.reject')}
              <span className="visually-hidden"> {label}</span>
            </Button>
          </div>
          {rejecting ? (
            <div id={`reject-${doc.id}`} className="evidence__reject" ref={rejectRef}>
              <Form
                schema={rejectSchema}
                defaultValues={{ documentNote: '' }}
                onSubmit={async (values, methods) => {
                  const done = await submitDecision(
                    methods,
                    decide,
                    (version) =>
                      reviewDocument(
                        application.id,
                        doc.id,
                        {
                          decision: 'REJECTED',
                          reason: values.documentReason,
                          ...(values.documentNote ? { note: values.documentNote } : {}),
                        },
                        version,
                      ),
                    'staff.document.rejected',
                  );
                  if (done) onRejectingChange(false);
                }}
              >
                {({ formState }) => (
                  <>
                    <RadioGroupField
                      name="documentReason"
                      legend={t('staff.document.rejectReason', { document: label })}
                      options={DOCUMENT_REJECT_REASONS.map((reason) => ({
                        value: reason,
                        label: t(`staff.reviewReason.${reason}`),
                      }))}
                    />
                    <TextAreaField
                      name="documentNote"
                      label={t('staff.document.note')}
                      hint={t('staff.document.noteHint')}
                      rows={2}
                    />
                    <Button type="submit" variant="warning" busy={formState.isSubmitting}>
                      {t('staff.document.confirmReject')}
                    </Button>
                  </>
                )}
              </Form>
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
