import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { APPLICANT_EDITABLE_STATUSES } from '@ssc/domain/codes';
import { isApiError } from '../../../lib/api-client.ts';
import { createApplication, getApplication, updateApplication } from '../api/application-api.ts';
import type { Application, DraftCase } from '../api/application-types.ts';
import { clearDraftId, readDraftId, storeDraftId } from '../api/draft-storage.ts';

type DraftState =
  | { kind: 'loading' }
  | { kind: 'none'; lost: boolean }
  | { kind: 'ready'; application: Application }
  /** Just sent: the wizard pages hand over to the confirmation page. */
  | { kind: 'submitted' }
  | { kind: 'error' };

interface DraftValue {
  state: DraftState;
  /** Saves part of the case, creating the draft first when the user has just started. */
  saveDraft: (patch: DraftCase) => Promise<Application>;
  replaceApplication: (application: Application) => void;
  reloadDraft: () => Promise<void>;
  /** After submission: this browser starts a fresh draft next time. */
  markSubmitted: () => void;
}

const DraftContext = createContext<DraftValue | null>(null);

function isEditable(application: Application): boolean {
  return (APPLICANT_EDITABLE_STATUSES as readonly string[]).includes(application.status);
}

export function DraftProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DraftState>(() => (readDraftId() ? { kind: 'loading' } : { kind: 'none', lost: false }));

  const loadDraft = useCallback(async (signal?: AbortSignal) => {
    const id = readDraftId();
    if (!id) {
      setState({ kind: 'none', lost: false });
      return;
    }
    try {
      const application = await getApplication(id, signal);
      if (!isEditable(application)) {
        // Submitted already: this browser starts a fresh draft next time.
        clearDraftId();
        setState({ kind: 'none', lost: false });
        return;
      }
      setState({ kind: 'ready', application });
    } catch (error) {
      if (signal?.aborted) return;
      if (isApiError(error, 401) || isApiError(error, 404)) {
        // The cookie expired or the draft is gone: start again rather than show someone an error page.
        clearDraftId();
        setState({ kind: 'none', lost: true });
        return;
      }
      setState({ kind: 'error' });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void loadDraft(controller.signal);
    return () => controller.abort();
  }, [loadDraft]);

  const saveDraft = useCallback(
    async (patch: DraftCase) => {
      const startDraft = async () => {
        // For this walking skeleton the filer is the cardholder (RULES §3.2: files in person).
        const created = await createApplication('CARDHOLDER');
        storeDraftId(created.id);
        return created.id;
      };
      const knownId = state.kind === 'ready' ? state.application.id : readDraftId();
      let application: Application;
      try {
        application = await updateApplication(knownId ?? (await startDraft()), patch);
      } catch (error) {
        // A remembered draft whose cookie has gone: start a fresh one with the same answers.
        if (!knownId || !(isApiError(error, 401) || isApiError(error, 404))) throw error;
        clearDraftId();
        application = await updateApplication(await startDraft(), patch);
      }
      setState({ kind: 'ready', application });
      return application;
    },
    [state],
  );

  const value = useMemo<DraftValue>(
    () => ({
      state,
      saveDraft,
      replaceApplication: (application) => setState({ kind: 'ready', application }),
      reloadDraft: () => loadDraft(),
      markSubmitted: () => {
        clearDraftId();
        setState({ kind: 'submitted' });
      },
    }),
    [state, saveDraft, loadDraft],
  );

  return <DraftContext value={value}>{children}</DraftContext>;
}

export function useDraft(): DraftValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraft must be used inside <DraftProvider>');
  return value;
}
