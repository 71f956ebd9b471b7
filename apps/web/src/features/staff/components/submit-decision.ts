import type { UseFormReturn, FieldValues } from 'react-hook-form';
import type { StaffApplication } from '../api/staff-api.ts';
import { decisionErrorKeys } from './decision-error.ts';

/** A decision: sent with the version the screen shows, answered with the fresh staff view. */
export type DecisionAction = (version: number) => Promise<StaffApplication>;

/**
 * Runs one decision; resolves false when it did not happen. A 409 is handled by the page
 * ("someone else decided this"); anything else lands on the form's error summary.
 */
export type Decide = (action: DecisionAction, doneKey: string) => Promise<boolean>;

export async function submitDecision<V extends FieldValues>(
  methods: Pick<UseFormReturn<V>, 'setError'>,
  decide: Decide,
  action: DecisionAction,
  doneKey: string,
): Promise<boolean> {
  try {
    return await decide(action, doneKey);
  } catch (error) {
    const setError = methods.setError as unknown as (
      name: string,
      error: { type: string; message: string },
    ) => void;
    decisionErrorKeys(error).forEach((key, index) =>
      setError(`root.server${index}`, { type: 'server', message: key }),
    );
    return false;
  }
}
