// Simplified Chinese, the default language for citizens. Plain official register: short
// sentences, the terms used at service centres (注销、代办、委托书、监护人、户口簿).
export const messagesZhCn: Record<string, string> = {
  // Reasons (RULES §2)
  'reason.DEATH': '持卡人死亡',
  'reason.DEATH.hint': '须由亲属或其他有关人员代为申请，并提供死亡证明或户籍注销证明。',
  'reason.DISAPPEARANCE': '持卡人被宣告失踪',
  'reason.DISAPPEARANCE.hint':
    '须由亲属或其他有关人员代为申请，并提供法院宣告失踪的判决书或户籍注销证明。',
  'reason.SETTLED_ABROAD': '出国（境）定居',
  'reason.SETTLED_ABROAD.hint': '持卡人已在国（境）外定居，需提供定居证明。',
  'reason.LOSS_OF_NATIONALITY': '加入外国国籍、丧失中国国籍',
  'reason.LOSS_OF_NATIONALITY.hint': '持卡人已取得外国国籍，需提供外国国籍证明。',
  'reason.LONG_TERM_ABROAD': '长期在国（境）外居住',
  'reason.LONG_TERM_ABROAD.hint': '持卡人长期在国（境）外居住，需提供居住证明。',
  'reason.LEFT_MAINLAND': '终止社会保险并离开内地',
  'reason.LEFT_MAINLAND.hint':
    '适用于在内地参保的外国人和港澳台居民，需提供社会保险终止及离境证明。',
  'reason.RELOCATION': '社会保险关系转往外地',
  'reason.RELOCATION.hint': '参保地已变更，新参保地将发放新卡，需先注销本卡，并提供转移证明。',
  'reason.OTHER': '其他原因',
  'reason.OTHER.hint': '请详细写明注销原因，由经办机构审核决定。',

  // Who files (RULES §3.2)
  'filerRole.CARDHOLDER': '本人申请',
  'filerRole.AGENT': '他人代为申请',
  'filerRole.GUARDIAN': '监护人代为申请',

  // Identity documents (RULES §4)
  'idType.RESIDENT_ID': '居民身份证',
  'idType.FOREIGN_PERMANENT_RESIDENT_ID': '外国人永久居留身份证',
  'idType.HMT_RESIDENCE_PERMIT': '港澳台居民居住证',
  'idType.PASSPORT': '护照',
  'idType.HMT_TRAVEL_PERMIT': '港澳居民来往内地通行证',

  // Documents (API.md; RULES §4)
  'documentKind.CARDHOLDER_ID_FRONT': '持卡人身份证件（正面）',
  'documentKind.CARDHOLDER_ID_FRONT.hint': '有照片的一面；护照请上传个人资料页。',
  'documentKind.CARDHOLDER_ID_BACK': '持卡人身份证件（背面）',
  'documentKind.CARDHOLDER_ID_BACK.hint': '有签发机关和有效期限的一面。',
  'documentKind.CARD_FRONT': '社会保障卡（正面）',
  'documentKind.CARD_FRONT.hint': '办理时请携带社会保障卡原件交回服务网点。',
  'documentKind.CARD_BACK': '社会保障卡（背面）',
  'documentKind.CARD_BACK.hint': '请确保卡号清晰可见。',
  'documentKind.HOUSEHOLD_REGISTER': '户口簿（持卡人页）',
  'documentKind.HOUSEHOLD_REGISTER.hint':
    '未满16周岁或无法提供身份证的，可用户口簿持卡人本人页代替。',
  'documentKind.AGENT_ID_FRONT': '代办人身份证件（正面）',
  'documentKind.AGENT_ID_FRONT.hint': '代办人本人的有效身份证件，有照片的一面。',
  'documentKind.AGENT_ID_BACK': '代办人身份证件（背面）',
  'documentKind.AGENT_ID_BACK.hint': '有签发机关和有效期限的一面。',
  'documentKind.ENTRUSTMENT_CERTIFICATE': '委托书',
  'documentKind.ENTRUSTMENT_CERTIFICATE.hint': '由持卡人本人签字，写明委托代办社会保障卡注销。',
  'documentKind.GUARDIANSHIP_PROOF': '监护关系证明',
  'documentKind.GUARDIANSHIP_PROOF.hint':
    '如户口簿、出生医学证明或法院、村（居）委会出具的监护证明。',
  'documentKind.DEATH_PROOF': '死亡证明或户籍注销证明',
  'documentKind.DEATH_PROOF.hint': '医学死亡证明书，或公安机关出具的户籍注销证明。',
  'documentKind.DISAPPEARANCE_PROOF': '宣告失踪判决书或户籍注销证明',
  'documentKind.DISAPPEARANCE_PROOF.hint':
    '人民法院宣告失踪的判决书，或公安机关出具的户籍注销证明。',
  'documentKind.ABROAD_PROOF': '国（境）外定居或长期居住证明',
  'documentKind.ABROAD_PROOF.hint':
    '如国（境）外永久居留证件、居住证明或我国驻外使领馆出具的证明。',
  'documentKind.NATIONALITY_PROOF': '外国国籍证明',
  'documentKind.NATIONALITY_PROOF.hint': '如外国护照或入籍证明。',
  'documentKind.DEPARTURE_PROOF': '社会保险终止及离境证明',
  'documentKind.DEPARTURE_PROOF.hint': '社会保险关系终止的证明和离开内地的证明。',
  'documentKind.TRANSFER_PROOF': '社会保险关系转移证明',
  'documentKind.TRANSFER_PROOF.hint': '新参保地出具的社会保险关系转移接续材料。',
  'documentKind.OTHER_SUPPORTING': '其他证明材料（可选）',
  'documentKind.OTHER_SUPPORTING.hint': '能说明注销原因的其他材料，没有可不上传。',

  // Relationship of the agent to the cardholder
  'relationship.SPOUSE': '配偶',
  'relationship.CHILD': '子女',
  'relationship.PARENT': '父母',
  'relationship.SIBLING': '兄弟姐妹',
  'relationship.GRANDCHILD': '孙子女、外孙子女',
  'relationship.OTHER_RELATIVE': '其他亲属',
  'relationship.GUARDIAN': '监护人',
  'relationship.ENTRUSTED_OTHER': '其他受委托人',

  // Statuses (RULES §5)
  'status.DRAFT': '填写中',
  'status.SUBMITTED': '已提交',
  'status.UNDER_REVIEW': '审核中',
  'status.RETURNED_FOR_CORRECTION': '退回补正',
  'status.AWAITING_SETTLEMENT': '待结清费用',
  'status.AWAITING_HRSS_CLOSURE': '待办结人社业务',
  'status.APPROVED': '审核通过',
  'status.CERTIFICATE_READY': '注销证明待领取',
  'status.COLLECTED': '已领取',
  'status.REJECTED': '不予办理',
  'status.WITHDRAWN': '已撤回',

  // Blockers: what stops submission, and what to do instead
  'blocker.REASON_REQUIRED': '请选择注销原因。',
  'blocker.FILER_REQUIRED': '请选择由谁办理：本人、代办人或监护人。',
  'blocker.AGENT_REQUIRED':
    '持卡人死亡或被宣告失踪的，须由其亲属或其他有关人员作为代办人申请。请将办理人改为“他人代为申请”。',
  'blocker.MINOR_NEEDS_GUARDIAN':
    '持卡人未满18周岁，须由监护人代为申请。请将办理人改为“监护人代为申请”，并准备监护关系证明。',
  'blocker.OPEN_APPLICATION_EXISTS':
    '这张社会保障卡已有一份正在办理的注销申请，不能重复申请。请凭受理编号查询该申请的进度。',
  'blocker.CARDHOLDER_DETAILS_REQUIRED': '请完整、准确填写持卡人的姓名和有效身份证件信息。',
  'blocker.BIRTH_DATE_REQUIRED': '该证件号码中不含出生日期，请填写持卡人的出生日期。',
  'blocker.AGENT_DETAILS_REQUIRED':
    '请完整填写代办人的姓名、有效身份证件、手机号码及与持卡人的关系。',
  'blocker.EXPLANATION_REQUIRED': '选择“其他原因”的，请详细写明注销原因。',
  'blocker.LOSS_REPORT_REQUIRED':
    '社会保障卡已丢失的，请填写挂失受理编号。如尚未挂失，请先办理挂失。',
  'blocker.EXPENSES_NOT_SETTLED':
    '注销前须结清与社会保障卡有关的全部费用（如医疗费用、社会保险费）。结清后请勾选确认。',
  'blocker.CONSEQUENCES_NOT_ACKNOWLEDGED':
    '注销后将不能再享受与该卡相关的社会保障待遇，请慎重考虑。确认知晓后请勾选。',
  'blocker.SERVICE_CENTRE_REQUIRED': '请选择您将前往办理的社会保障卡服务网点。',
  'blocker.DOCUMENTS_MISSING': '还有必需的材料未上传，请按材料清单补齐后再提交。',

  // Field errors (case-schema.ts)
  'error.object.invalid': '提交的内容格式不正确。',
  'error.field.unknown': '包含无法识别的填写项。',
  'error.reason.required': '请选择注销原因。',
  'error.filerRole.required': '请选择由谁办理。',
  'error.reason.invalid': '请从列表中选择注销原因。',
  'error.filerRole.invalid': '请从列表中选择办理人身份。',
  'error.idType.invalid': '请从列表中选择证件类型。',
  'error.documentKind.invalid': '请从列表中选择材料类型。',
  'error.relationship.invalid': '请从列表中选择与持卡人的关系。',
  'error.status.invalid': '办理状态不正确。',
  'error.boolean.invalid': '请选择“是”或“否”。',
  'error.name.required': '请填写姓名。',
  'error.name.tooLong': '姓名不能超过60个字。',
  'error.idType.required': '请选择证件类型。',
  'error.idNumber.required': '请填写证件号码。',
  'error.idNumber.format': '证件号码格式不正确，请核对后重新填写。',
  'error.idNumber.checkDigit': '证件号码有误（校验位不符），请逐位核对。',
  'error.idNumber.birthDate': '证件号码中的出生日期不正确，请核对后重新填写。',
  'error.idNumber.prefix': '证件号码与所选证件类型不符，请核对证件类型和号码。',
  'error.birthDate.invalid': '请按“年-月-日”填写真实的出生日期，例如1990-01-31。',
  'error.birthDate.future': '出生日期不能晚于今天。',
  'error.birthDate.required': '请填写出生日期。',
  'error.birthDate.mismatch': '出生日期与证件号码不一致，请核对。',
  'error.cardNumber.format': '社会保障卡卡号格式不正确，请按卡面填写字母和数字。',
  'error.cardLost.required': '请选择社会保障卡是否已丢失。',
  'error.lossReportReference.required': '请填写挂失受理编号。',
  'error.lossReportReference.tooLong': '挂失受理编号不能超过40个字符。',
  'error.phone.required': '请填写手机号码。',
  'error.phone.format': '请填写11位手机号码；境外号码请以“+国家代码”开头。',
  'error.relationship.required': '请选择与持卡人的关系。',
  'error.explanation.required': '请详细写明注销原因。',
  'error.explanation.tooLong': '注销原因说明不能超过2000个字。',
  'error.documents.tooMany': '上传的材料过多。',
  'error.serviceCentre.required': '请选择服务网点。',
  'error.serviceCentre.tooLong': '服务网点名称过长。',
  'error.agent.sameAsCardholder': '代办人与持卡人不能是同一人。本人办理请选择“本人申请”。',
  'error.declarations.expensesSettled': '请确认与社会保障卡有关的费用已全部结清。',
  'error.declarations.consequencesAcknowledged': '请确认已知晓注销后的影响。',
  // API 在 4xx 答复和工作人员审核中使用的消息。
  'blocker.HRSS_NOT_CLOSED':
    '持卡人已死亡或被宣告失踪：须先登记人力资源社会保障业务已办结，方可审核通过（第二十六条）。',
  'error.approval.expensesSettledConfirmed': '审核通过前，请确认与社会保障卡有关的费用已全部结清。',
  'error.serviceCentre.unknown': '请从列表中选择服务网点。',
  'error.file.empty': '文件为空，请另选文件。',
  'error.file.missing': '请选择要上传的文件。',
  'error.case.object': '请以 JSON 对象提交申请内容。',
  'error.id.invalid': '此链接无效。',
  'error.reference.required': '请输入申请编号。',
  'error.username.required': '请输入用户名。',
  'error.password.required': '请输入密码。',
};
