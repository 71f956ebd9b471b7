import { describe, expect, it } from 'vitest';
import { glossaryFaults } from './glossary.ts';
import { messagesZhCn } from './messages-zh-cn.ts';

describe('glossary', () => {
  it.each([
    ['staff.queue.search', '受理编号', 1],
    ['error.lossReportReference.required', '请填写挂失受理编号。', 0],
    ['staff.claim.submit', '领取', 1],
    ['staff.pickup.submit', '登记领取', 0],
    ['tracking.result.pickupHeading', '注销证明可以认领了', 1],
    ['apply.submitted.next', '请到服务中心办理', 1],
  ])('%s "%s" → %i complaint(s)', (key, text, count) => {
    expect(glossaryFaults({ [key]: text })).toHaveLength(count);
  });

  it('the domain messages keep to it', () => {
    expect(glossaryFaults(messagesZhCn)).toEqual([]);
  });
});
