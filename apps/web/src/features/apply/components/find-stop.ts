import { findStopBlocker } from '@ssc/domain/eligibility';
import type { Blocker } from '@ssc/domain/eligibility';
import type { CasePatch } from '@ssc/domain/case-schema';
import { todayIso } from '@/lib/today.ts';
import type { Application } from '../api/application-types.ts';

/**
 * The stop this case has reached, if any (domain `findStopBlocker`). Whether another
 * application for the card is open is never a stop: the applicant is not told (ADR 014).
 */
export function findStop(application: Application): Blocker | undefined {
  return findStopBlocker(application.case as CasePatch, { today: todayIso() });
}
