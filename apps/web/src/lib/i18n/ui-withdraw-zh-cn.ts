// 撤回申请页面的文字；与 ui-withdraw-en.ts 键名相同。由该页面自己的懒加载代码块注册（ADR 003）。
export const uiWithdrawZhCn: Record<string, string> = {
  'apply.withdraw.title': '撤回申请',
  'apply.withdraw.link': '撤回这份申请',
  'apply.withdraw.reference': '申请编号：{reference}',
  'apply.withdraw.status': '当前状态：{status}',
  'apply.withdraw.meansHeading': '撤回后会怎样',
  'apply.withdraw.means.stop': '我们将停止办理这份申请。服务网点不会再审核，也不会出具注销证明。',
  'apply.withdraw.means.card': '您的社会保障卡不会被注销，保持现在的状态。',
  'apply.withdraw.means.final': '撤回后不能恢复。如果以后仍要注销社保卡，需要重新提交申请。',
  'apply.withdraw.confirm': '确认撤回申请',
  'apply.withdraw.keep': '不撤回，保留申请',
  'apply.withdraw.doneTitle': '申请已撤回',
  'apply.withdraw.doneBody': '申请 {reference} 已撤回，服务网点不会再办理。您的社保卡没有被注销。',
  'apply.withdraw.startAgain': '重新提交申请',
  'apply.withdraw.tooLate': '这份申请已不能撤回，当前状态：{status}。注销一经批准便不能撤销。',
  'apply.withdraw.missing':
    '在这个浏览器中找不到您的申请。请使用提交申请时的浏览器，或凭申请编号查询进度。',
  'apply.withdraw.failed': '未能撤回申请，请重试。',
};
