// 第 3 号议题的向导用语（谁来申请、代理人、所需材料、不能继续、注销后果）；与 ui-wizard-en.ts 键相同。
// 在 dictionary-zh-cn.ts 中合并于 ui-zh-cn.ts 之后。
export const uiWizardZhCn: Record<string, string> = {
  'wizard.reason.afterDeath': '持卡人已死亡或被宣告失踪？请返回“谁来申请？”重新选择',
  'wizard.who.title': '谁来申请？',
  'wizard.who.hint': '这决定我们要问的问题和需要的材料。',
  'wizard.who.SELF': '我是持卡人本人',
  'wizard.who.SELF.hint': '为自己的卡申请，并亲自到服务网点。',
  'wizard.who.AGENT_LIVING': '我替在世的持卡人申请',
  'wizard.who.AGENT_LIVING.hint': '持卡人委托您申请，需要持卡人签字的委托书。',
  'wizard.who.AFTER_DEATH': '持卡人已死亡或被宣告失踪',
  'wizard.who.AFTER_DEATH.hint': '您是亲属或其他有关人员。无需委托书，但需证明死亡或失踪的事实。',
  'wizard.who.GUARDIAN': '我是持卡人的监护人',
  'wizard.who.GUARDIAN.hint': '适用于未满 18 周岁的持卡人或被监护的成年人，需要监护关系证明。',

  'wizard.removed.title': '部分回答已不再适用',
  'wizard.removed.body': '由于您修改了回答，以下不再需要的内容已删除：',
  'wizard.removed.answer.reason': '注销原因（请重新选择）',
  'wizard.removed.answer.explanation': '注销原因的书面说明',
  'wizard.removed.answer.birthDate': '持卡人出生日期（证件号码中已包含）',
  'wizard.removed.answer.lossReportReference': '挂失编号',
  'wizard.removed.answer.agent': '代为申请人的信息',
  'wizard.removed.answer.other': '一项不再适用的回答',
  'wizard.removed.document': '已上传的材料：{document}',

  'wizard.agent.title': '您的信息',
  'wizard.agent.intro': '您代持卡人申请，除持卡人的证件外，还需要您本人的有效身份证件。',
  'wizard.agent.introGuardian':
    '您作为监护人代持卡人申请，除持卡人的证件外，还需要您本人的有效身份证件。',
  'wizard.agent.name': '您的姓名',
  'wizard.agent.idType': '您的证件类型',
  'wizard.agent.idNumber': '您的证件号码',
  'wizard.agent.phone': '您的手机号码',
  'wizard.agent.phoneHint': '大陆手机号码，或以 + 开头的国际号码。',
  'wizard.agent.relationship': '您与持卡人的关系',

  'wizard.needs.title': '您需要准备的材料',
  'wizard.needs.intro': '继续之前请准备好以下材料。下一页将逐项上传清晰的照片或扫描件。',
  'wizard.needs.lostCard': '社保卡已挂失，无需上传卡片照片，填写的挂失编号即可。',
  'wizard.needs.originalsHeading': '请携带原件到服务网点',
  'wizard.needs.originals': '领取注销证明时，工作人员将核验身份证件原件并收回社保卡。',
  'wizard.needs.originalsAgent':
    '领取注销证明时，请携带您本人的身份证件原件、持卡人的身份证件原件或户口簿，以及社保卡（如有）。',
  'wizard.needs.print': '打印此清单',
  'wizard.needs.continue': '继续上传材料',

  'wizard.declarations.title': '费用结清情况',
  'wizard.declarations.expenses': '与社保卡有关的费用（如医疗费用、社会保险费）是否已全部结清？',
  'wizard.declarations.expensesHint': '只有无欠费的社保卡才能注销，工作人员也会核实。',
  'wizard.declarations.expenses.yes': '是，已全部结清',
  'wizard.declarations.expenses.no': '否，仍有未结清的费用',
  'wizard.error.expensesSettled': '请说明与社保卡有关的费用是否已全部结清。',

  'wizard.consequences.title': '注销社保卡后的影响',
  'wizard.consequences.intro': '请仔细阅读。社保卡注销后不能再使用。',
  'wizard.consequences.endsHeading': '注销后不能再使用的功能',
  'wizard.consequences.ends.medical': '不能再用此卡在医院、药店进行医保结算。',
  'wizard.consequences.ends.payments': '社会保障待遇不能再发放到此卡的金融账户。',
  'wizard.consequences.ends.services': '不能再用此卡办理线上或窗口的社会保障业务。',
  'wizard.consequences.ends.card': '此卡不能再次使用，即使日后找到。',
  'wizard.consequences.keptHeading': '注销后仍然保留的内容',
  'wizard.consequences.kept.record': '您的社会保障信息会保留，注销社保卡不会删除这些记录。',
  'wizard.consequences.kept.reapply': '日后可以按正常流程重新申领社保卡。',
  'wizard.consequences.kept.bank': '请持注销证明到发卡银行办理银行账户销户。',
  'wizard.consequences.acknowledge': '我已了解注销后与此卡相关的社会保障待遇将停止，确认注销',
  'wizard.check.acknowledged': '已阅读并确认',

  'wizard.stop.pageTitle': '无法继续此申请',
  'wizard.stop.rule': '依据：{rule}',
  'wizard.stop.whatToDo': '您可以这样做',
  'wizard.stop.saved': '您的回答已保存，可以随时回来继续。',
  'wizard.stop.none.title': '您可以继续',
  'wizard.stop.none.link': '查看您的回答',
  'wizard.stop.AGENT_REQUIRED.title': '须由亲属代为申请',
  'wizard.stop.AGENT_REQUIRED.body':
    '持卡人死亡或被宣告失踪后，无法本人申请或签署委托书，须由其亲属或其他有关人员持死亡或失踪证明代为申请。',
  'wizard.stop.AGENT_REQUIRED.instead':
    '如果您就是该亲属，请将申请人改为“持卡人已死亡或被宣告失踪”；否则请由亲属申请。',
  'wizard.stop.AGENT_REQUIRED.fix': '修改申请人',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.title': '须由监护人代为申请',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.body':
    '持卡人未满 18 周岁，不能自行申请，也不能出具委托书，须由其监护人代为申请。',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.instead':
    '如果您是监护人，请将申请人改为“我是持卡人的监护人”，并准备好户口簿等监护关系证明。',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.fix': '修改申请人',
  'wizard.stop.EXPENSES_NOT_SETTLED.title': '请先结清社保卡的欠费',
  'wizard.stop.EXPENSES_NOT_SETTLED.body':
    '与社保卡有关的全部费用（如医疗费用、社会保险费）结清后，才能注销社保卡。',
  'wizard.stop.EXPENSES_NOT_SETTLED.step1':
    '医疗费用：到产生费用的医院或医疗保障经办机构结清，并保留收据。',
  'wizard.stop.EXPENSES_NOT_SETTLED.step2':
    '社会保险费：通过用人单位、税务部门或社会保险经办机构补缴欠费，并保留收据。',
  'wizard.stop.EXPENSES_NOT_SETTLED.step3':
    '全部结清后，回到本申请，回答“是，已全部结清”。工作人员会核实。',
  'wizard.stop.EXPENSES_NOT_SETTLED.fix': '我已结清，修改回答',
};
