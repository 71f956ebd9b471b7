import { isDeathOrDisappearance, type FilerRole, type Reason } from '@ssc/domain/codes';
import type { Application } from '../api/application-types.ts';

/**
 * The four answers to "who is filing?". The case keeps only `filer.role` (docs/api.md), where an
 * entrusted agent and a relative after a death are both AGENT; the reason tells them apart
 * (Art. 26: DEATH and DISAPPEARANCE), and until a reason is chosen this tab remembers the answer.
 */
export const FILER_KINDS = ['SELF', 'AGENT_LIVING', 'AFTER_DEATH', 'GUARDIAN'] as const;
export type FilerKind = (typeof FILER_KINDS)[number];

export const ROLE_OF_KIND: Record<FilerKind, FilerRole> = {
  SELF: 'CARDHOLDER',
  AGENT_LIVING: 'AGENT',
  AFTER_DEATH: 'AGENT',
  GUARDIAN: 'GUARDIAN',
};

const KEY = 'ssc.filerKind';

export function rememberFilerKind(kind: FilerKind): void {
  try {
    window.sessionStorage.setItem(KEY, kind);
  } catch {
    // Without storage the reason still tells an agent after a death from an entrusted one.
  }
}

function recalled(): FilerKind | undefined {
  try {
    const value = window.sessionStorage.getItem(KEY);
    return (FILER_KINDS as readonly string[]).includes(value ?? '')
      ? (value as FilerKind)
      : undefined;
  } catch {
    return undefined;
  }
}

export function findFilerKind(application: Application | null): FilerKind | undefined {
  const role = application?.case.filer?.role;
  if (role === 'CARDHOLDER') return 'SELF';
  if (role === 'GUARDIAN') return 'GUARDIAN';
  if (role !== 'AGENT') return undefined;
  const reason = application?.case.reason;
  if (reason !== undefined) return isDeathOrDisappearance(reason) ? 'AFTER_DEATH' : 'AGENT_LIVING';
  return recalled() === 'AFTER_DEATH' ? 'AFTER_DEATH' : 'AGENT_LIVING';
}

/**
 * Reasons offered to this kind of filer (Art. 26): a relative after a death sees only DEATH and
 * DISAPPEARANCE; a cardholder filing for themselves and an agent for a living cardholder never
 * see them (the reason page points a mistaken filer back to "who is filing"). A guardian sees
 * every reason, so that choosing DEATH leads to the stop page that says who must file instead.
 */
export function reasonsFor(kind: FilerKind | undefined, all: readonly Reason[]): Reason[] {
  if (kind === 'AFTER_DEATH') return all.filter(isDeathOrDisappearance);
  if (kind === 'AGENT_LIVING' || kind === 'SELF') {
    return all.filter((reason) => !isDeathOrDisappearance(reason));
  }
  return [...all];
}
