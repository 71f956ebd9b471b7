import { describe, expect, it } from 'vitest';
import { normaliseReferenceSearch } from '@ssc/domain/reference';
import {
  DEFAULT_QUEUE_FILTERS,
  parseQueueSearch,
  serialiseQueueSearch,
} from '../src/features/staff/lib/queue-search.ts';
import { parseAuditSearch, serialiseAuditSearch } from '../src/features/staff/lib/audit-search.ts';

const parse = (query: string) => parseQueueSearch(new URLSearchParams(query));

// What a reviewer gets from an address: a bookmarked or shared queue opens filtered, a
// hand-edited one falls back to the plain queue, and nothing personal is ever written into it.
describe('queue filters in the address bar', () => {
  it('the plain queue has a plain address', () => {
    expect(serialiseQueueSearch(DEFAULT_QUEUE_FILTERS).toString()).toBe('');
    expect(parse('')).toEqual(DEFAULT_QUEUE_FILTERS);
  });

  it('round-trips every filter a reviewer can set', () => {
    const filters = {
      statuses: ['SUBMITTED', 'REJECTED'] as const,
      reason: 'SETTLED_ABROAD' as const,
      assignee: 'me',
      minAgeDays: '7',
      reference: 'ABCD-EFGH',
    };
    const query = serialiseQueueSearch({ ...filters, statuses: [...filters.statuses] }).toString();
    expect(query).toBe(
      'status=SUBMITTED&status=REJECTED&reason=SETTLED_ABROAD&assignee=me&minAgeDays=7&reference=ABCD-EFGH',
    );
    expect(parse(query)).toEqual({ ...filters, statuses: [...filters.statuses] });
  });

  it.each([
    ['an unknown status', 'status=BOGUS', {}],
    ['a status staff do not filter by', 'status=DRAFT', {}],
    ['an unknown reason', 'reason=BORED', {}],
    ['an assignee that is not offered', 'assignee=someone', {}],
    ['a negative age', 'minAgeDays=-3', {}],
    ['an age beyond the API limit', 'minAgeDays=99999', {}],
    ['a reference with letters no reference uses', 'reference=ABC0', {}],
    [
      'a mix: the valid part stays',
      'status=BOGUS&status=APPROVED&reason=x',
      { statuses: ['APPROVED'] },
    ],
  ])('ignores %s', (_, query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_QUEUE_FILTERS, ...expected });
  });

  it('writes statuses in lifecycle order, once each', () => {
    expect(parse('status=REJECTED&status=SUBMITTED&status=REJECTED').statuses).toEqual([
      'SUBMITTED',
      'REJECTED',
    ]);
  });

  it('searches references the way the API compares them', () => {
    expect(normaliseReferenceSearch(' abcd efgh j ')).toBe('ABCD-EFGH-J');
    expect(normaliseReferenceSearch('')).toBe('');
    expect(parse('reference=abcdefgh').reference).toBe('ABCD-EFGH');
  });

  it.each([
    ['an 18-digit ID number', '11010519491231002X'],
    ['a 15-digit ID number', '110105491231002'],
    ['a mobile number', '13912345678'],
    ['a name', '张三丰'],
  ])('never writes %s into the address', (_, term) => {
    expect(normaliseReferenceSearch(term)).toBeNull();
    const query = serialiseQueueSearch({ ...DEFAULT_QUEUE_FILTERS, reference: term }).toString();
    expect(query).toBe('');
  });
});

describe('audit filters in the address bar', () => {
  const actorId = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

  it('round-trips the filters, normalised the way the API matches them', () => {
    const query = serialiseAuditSearch({
      action: ' application_claimed ',
      actorId: actorId.toUpperCase(),
      applicationId: '',
      from: '2026-01-01',
      to: '2026-02-01',
    }).toString();
    expect(query).toBe(
      `action=APPLICATION_CLAIMED&actorId=${actorId}&from=2026-01-01&to=2026-02-01`,
    );
    expect(parseAuditSearch(new URLSearchParams(query))).toEqual({
      action: 'APPLICATION_CLAIMED',
      actorId,
      applicationId: '',
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });

  it('drops malformed values and free text', () => {
    expect(
      parseAuditSearch(
        new URLSearchParams(
          'action=11010519491231002X&actorId=me&applicationId=1&from=yesterday&to=2026-13-40',
        ),
      ),
    ).toEqual({ action: '', actorId: '', applicationId: '', from: '', to: '' });
  });
});
