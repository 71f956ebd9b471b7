import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button.tsx';
import { Page } from '@/components/ui/page.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import type { Application } from '../api/application-types.ts';
import { DraftGate, useContinuePath } from './step-shell.tsx';
import './needs-print.css';

function NeedsList({ application }: { application: Application }) {
  const t = useT();
  const continuePath = useContinuePath();
  // Guide §II.1 (docs/rules.md §5 step 1): exactly the materials this case needs, before asking for them.
  const required = application.eligibility.requiredDocuments;
  const holder = application.case.cardholder;
  const role = application.case.filer?.role;
  return (
    <Page titleKey="wizard.needs.title">
      <p>{t('wizard.needs.intro')}</p>
      <ul className="needs-list" data-testid="needs-list">
        {required.map((kind) => (
          <li key={kind} className="needs-list__item">
            <strong>{t(`documentKind.${kind}`)}</strong>
            <br />
            <span className="field__hint">{t(`documentKind.${kind}.hint`)}</span>
          </li>
        ))}
      </ul>
      {holder?.cardLost ? <p>{t('wizard.needs.lostCard')}</p> : null}
      {/* Art. 27 / Guide §II.2: the originals are checked at the one visit to the centre. */}
      <h2>{t('wizard.needs.originalsHeading')}</h2>
      <p>{t(role === 'CARDHOLDER' ? 'wizard.needs.originals' : 'wizard.needs.originalsAgent')}</p>
      <p className="no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('wizard.needs.print')}
        </Button>
      </p>
      <p className="no-print">
        <Link className="button button--primary" to={continuePath(application, 'needs')}>
          {t('wizard.needs.continue')}
        </Link>
      </p>
    </Page>
  );
}

export function NeedsStep() {
  return (
    <DraftGate step="needs" titleKey="wizard.needs.title">
      {(application) => (application ? <NeedsList application={application} /> : null)}
    </DraftGate>
  );
}
