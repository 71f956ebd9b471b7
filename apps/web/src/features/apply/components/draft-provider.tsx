import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { APPLICANT_EDITABLE_STATUSES } from '@ssc/domain/codes';
import { isApiError } from '@/lib/api-client.ts';
import { createApplication, getApplication, updateApplication } from '../api/application-api.ts';
import type {
  Application,
  DraftPatch,
  PatchedApplication,
  RemovedByChange,
} from '../api/application-types.ts';
import { clearDraftId, readDraftId, rememberSent, storeDraftId } from '../api/draft-storage.ts';

type DraftState =
  | { kind: 'loading' }
  | { kind: 'none'; lost: boolean }
  | { kind: 'ready'; application: Application }
  /** Just sent: the wizard pages hand over to the confirmation page. */
  | { kind: 'submitted' }
  | { kind: 'error' };

/** What the last change of answer removed, shown once on the next page. */
export interface RemovedNotice {
  id: number;
  removed: RemovedByChange;
}

interface DraftValue {
  state: DraftState;
  /** Saves part of the case, creating the draft first when the user has just started. */
  saveDraft: (patch: DraftPatch) => Promise<Application>;
  removedNotice: RemovedNotice | null;
  consumeRemovedNotice: (id: number) => void;
  replaceApplication: (application: Application) => void;
  reloadDraft: () => Promise<void>;
  /** After submission: this browser starts a fresh draft next time (but remembers this one). */
  markSubmitted: () => void;
}

const DraftContext = createContext<DraftValue | null>(null);

function isEditable(application: Application): boolean {
  return (APPLICANT_EDITABLE_STATUSES as readonly string[]).includes(application.status);
}

/** Reads the remembered draft back (so a reload or a closed tab loses nothing). */
async function resolveDraft(id: string, signal?: AbortSignal): Promise<DraftState> {
  try {
    const application = await getApplication(id, signal);
    rememberSent(!isEditable(application));
    if (!isEditable(application)) {
      // Submitted already: a new application starts afresh, but the id stays remembered so
      // tracking can offer the certificate copy and, if staff return it for correction
      // (Guide §II.4 补正, editable again), the wizard opens it where the tracking page links.
      return { kind: 'none', lost: false };
    }
    return { kind: 'ready', application };
  } catch (error) {
    if (isApiError(error, 401) || isApiError(error, 404)) {
      // The cookie expired or the draft is gone: start again rather than show an error page.
      clearDraftId();
      return { kind: 'none', lost: true };
    }
    return { kind: 'error' };
  }
}

export function DraftProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DraftState>(() =>
    readDraftId() ? { kind: 'loading' } : { kind: 'none', lost: false },
  );

  useEffect(() => {
    const id = readDraftId();
    if (!id) return;
    const controller = new AbortController();
    void resolveDraft(id, controller.signal).then((next) => {
      if (!controller.signal.aborted) setState(next);
    });
    return () => controller.abort();
  }, []);

  const reloadDraft = useCallback(async () => {
    const id = readDraftId();
    if (!id) {
      setState({ kind: 'none', lost: false });
      return;
    }
    setState({ kind: 'loading' });
    setState(await resolveDraft(id));
  }, []);

  const [removedNotice, setRemovedNotice] = useState<RemovedNotice | null>(null);

  const saveDraft = useCallback(
    async (patch: DraftPatch) => {
      const startDraft = async () => {
        // The "who is filing?" page comes first and starts the draft with its answer.
        const created = await createApplication(patch.filer?.role ?? 'CARDHOLDER');
        storeDraftId(created.id);
        rememberSent(false);
        return created.id;
      };
      // A remembered application that is no longer a draft (sent, being reviewed) is not patched:
      // the applicant is starting a new one.
      const knownId =
        state.kind === 'ready'
          ? state.application.id
          : state.kind === 'none' || state.kind === 'submitted'
            ? null
            : readDraftId();
      const before = state.kind === 'ready' ? state.application.case : {};
      let application: PatchedApplication;
      try {
        application = await updateApplication(knownId ?? (await startDraft()), patch);
      } catch (error) {
        // A remembered draft whose cookie has gone: start a fresh one with the same answers.
        if (!knownId || !(isApiError(error, 401) || isApiError(error, 404))) throw error;
        clearDraftId();
        application = await updateApplication(await startDraft(), patch);
      }
      // An answer this page cleared on purpose (`null`) is reported with what the server pruned.
      const cleared = Object.entries(patch)
        .filter(
          ([key, value]) => value === null && before[key as keyof typeof before] !== undefined,
        )
        .map(([key]) => key);
      const removed: RemovedByChange = {
        answers: [...cleared, ...(application.removed?.answers ?? [])],
        documents: application.removed?.documents ?? [],
      };
      setRemovedNotice((previous) =>
        removed.answers.length + removed.documents.length > 0
          ? { id: (previous?.id ?? 0) + 1, removed }
          : null,
      );
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
      reloadDraft,
      removedNotice,
      consumeRemovedNotice: (id) =>
        setRemovedNotice((current) => (current?.id === id ? null : current)),
      markSubmitted: () => {
        rememberSent(true);
        setState({ kind: 'submitted' });
      },
    }),
    [state, saveDraft, reloadDraft, removedNotice],
  );

  return <DraftContext value={value}>{children}</DraftContext>;
}

export function useDraft(): DraftValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraft must be used inside <DraftProvider>');
  return value;
}
