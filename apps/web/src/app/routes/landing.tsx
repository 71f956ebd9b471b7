import { Link } from 'react-router-dom';
import { Page } from '@/components/ui/page.tsx';
import { holdsUnsentDraft } from '@/features/apply/api/draft-storage.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

// Guide §II.1: say what is needed before asking for it; docs/rules.md §1: a new card can be applied for later.
export function LandingRoute() {
  const t = useT();
  // This browser holds a draft: offer to carry on with it rather than to start again.
  const hasDraft = holdsUnsentDraft();
  return (
    <Page titleKey="landing.title">
      <p className="lead">{t('landing.lead')}</p>

      <h2>{t('landing.who.heading')}</h2>
      <p>{t('landing.who.body')}</p>
      <ul className="list">
        <li>{t('landing.who.settledAbroad')}</li>
        <li>{t('landing.who.nationality')}</li>
        <li>{t('landing.who.leftMainland')}</li>
        <li>{t('landing.who.relocation')}</li>
        <li>{t('landing.who.agent')}</li>
      </ul>

      <h2>{t('landing.need.heading')}</h2>
      <ul className="list">
        <li>{t('landing.need.id')}</li>
        <li>{t('landing.need.card')}</li>
        <li>{t('landing.need.proof')}</li>
        <li>{t('landing.need.settled')}</li>
      </ul>

      <h2>{t('landing.steps.heading')}</h2>
      <ol className="list list--number">
        <li>{t('landing.steps.online')}</li>
        <li>{t('landing.steps.review')}</li>
        <li>{t('landing.steps.visit')}</li>
      </ol>

      <div className="notice notice--warning">
        <p>
          <strong>{t('landing.warning.title')}</strong> {t('landing.warning.body')}
        </p>
      </div>

      {hasDraft ? (
        <>
          <p>{t('landing.continue.body')}</p>
          <p>
            <Link to="/apply/check" className="button button--primary button--start">
              {t('landing.continue')}
            </Link>
          </p>
        </>
      ) : (
        <p>
          <Link to="/apply/who" className="button button--primary button--start">
            {t('landing.start')}
          </Link>
        </p>
      )}

      <h2>{t('landing.track.heading')}</h2>
      <p>
        <Link className="action-link" to="/track">
          {t('landing.track.link')}
        </Link>
      </p>
    </Page>
  );
}
