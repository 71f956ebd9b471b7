import { useT } from '@/lib/i18n/i18n-provider.tsx';
import type { RemovedByChange } from '../api/application-types.ts';

// A change of answer removes what no longer applies, and says so in plain words.
const ANSWER_LABELS: Record<string, string> = {
  reason: 'wizard.removed.answer.reason',
  explanation: 'wizard.removed.answer.explanation',
  'cardholder.birthDate': 'wizard.removed.answer.birthDate',
  'cardholder.lossReportReference': 'wizard.removed.answer.lossReportReference',
  agent: 'wizard.removed.answer.agent',
};

export function RemovedNoticeBox({ removed }: { removed: RemovedByChange }) {
  const t = useT();
  const kinds = [...new Set(removed.documents.map((d) => d.kind))];
  return (
    <div className="notice notice--info" role="status" data-testid="removed-notice">
      <h2 className="notice__title">{t('wizard.removed.title')}</h2>
      <p>{t('wizard.removed.body')}</p>
      <ul className="list list--bullet">
        {removed.answers.map((path) => (
          <li key={path}>{t(ANSWER_LABELS[path] ?? 'wizard.removed.answer.other')}</li>
        ))}
        {kinds.map((kind) => (
          <li key={kind}>
            {t('wizard.removed.document', { document: t(`documentKind.${kind}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
