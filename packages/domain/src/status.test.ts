import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from './codes.ts';
import type { ApplicationStatus } from './codes.ts';
import type { Actor } from './status.ts';
import {
  ACTORS,
  canTransition,
  isApplicantEditable,
  isFinal,
  isOpen,
  listNextStatuses,
} from './status.ts';

describe('canTransition (docs/rules.md §5)', () => {
  it.each([
    ['DRAFT', 'SUBMITTED', 'APPLICANT', true],
    ['DRAFT', 'SUBMITTED', 'STAFF', false],
    ['DRAFT', 'APPROVED', 'STAFF', false],
    ['SUBMITTED', 'UNDER_REVIEW', 'STAFF', true],
    ['SUBMITTED', 'APPROVED', 'STAFF', false],
    ['UNDER_REVIEW', 'RETURNED_FOR_CORRECTION', 'STAFF', true],
    ['RETURNED_FOR_CORRECTION', 'SUBMITTED', 'APPLICANT', true],
    ['UNDER_REVIEW', 'APPROVED', 'APPLICANT', false],
    ['UNDER_REVIEW', 'AWAITING_SETTLEMENT', 'STAFF', true],
    ['AWAITING_SETTLEMENT', 'APPROVED', 'STAFF', true],
    ['UNDER_REVIEW', 'AWAITING_HRSS_CLOSURE', 'STAFF', true],
    ['AWAITING_HRSS_CLOSURE', 'UNDER_REVIEW', 'STAFF', true],
    ['APPROVED', 'CERTIFICATE_READY', 'STAFF', true],
    ['CERTIFICATE_READY', 'COLLECTED', 'STAFF', true],
    ['CERTIFICATE_READY', 'COLLECTED', 'APPLICANT', false],
    ['UNDER_REVIEW', 'WITHDRAWN', 'APPLICANT', true],
    ['UNDER_REVIEW', 'WITHDRAWN', 'STAFF', false],
    // docs/rules.md §1: an approved cancellation is final; it cannot be withdrawn.
    ['APPROVED', 'WITHDRAWN', 'APPLICANT', false],
    ['UNDER_REVIEW', 'REJECTED', 'STAFF', true],
    ['REJECTED', 'UNDER_REVIEW', 'STAFF', false],
    ['COLLECTED', 'DRAFT', 'SYSTEM', false],
  ] as const)('%s → %s by %s: %s', (from, to, actor, expected) => {
    expect(canTransition(from, to, actor)).toBe(expected);
  });

  it('ends in COLLECTED, REJECTED and WITHDRAWN only', () => {
    const finals = APPLICATION_STATUSES.filter(isFinal);
    expect(finals).toEqual(['COLLECTED', 'REJECTED', 'WITHDRAWN']);
  });

  it('never allows staying in the same status', () => {
    for (const status of APPLICATION_STATUSES) {
      for (const actor of ACTORS) expect(canTransition(status, status, actor)).toBe(false);
    }
  });

  it('reaches COLLECTED from DRAFT through the happy path', () => {
    const path: [ApplicationStatus, Actor][] = [
      ['SUBMITTED', 'APPLICANT'],
      ['UNDER_REVIEW', 'STAFF'],
      ['RETURNED_FOR_CORRECTION', 'STAFF'],
      ['SUBMITTED', 'APPLICANT'],
      ['UNDER_REVIEW', 'STAFF'],
      ['APPROVED', 'STAFF'],
      ['CERTIFICATE_READY', 'SYSTEM'],
      ['COLLECTED', 'STAFF'],
    ];
    let current: ApplicationStatus = 'DRAFT';
    for (const [next, actor] of path) {
      expect(listNextStatuses(current, actor)).toContain(next);
      current = next;
    }
  });
});

describe('isApplicantEditable / isOpen', () => {
  it.each(APPLICATION_STATUSES.map((s) => [s] as const))('%s', (status) => {
    expect(isApplicantEditable(status)).toBe(
      status === 'DRAFT' || status === 'RETURNED_FOR_CORRECTION',
    );
    expect(isOpen(status)).toBe(!['COLLECTED', 'REJECTED', 'WITHDRAWN'].includes(status));
  });
});
