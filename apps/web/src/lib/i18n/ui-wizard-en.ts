// Wizard wording (who files, agent, materials, stops, consequences); the same keys as
// ui-wizard-zh-cn.ts. Merged after ui-en.ts in dictionary-en.ts.
export const uiWizardEn: Record<string, string> = {
  'wizard.reason.afterDeath':
    'Has the cardholder died or been declared missing? Go back to “Who is applying?” and choose again',
  'wizard.who.title': 'Who is applying?',
  'wizard.who.hint': 'This decides what we ask and which documents are needed.',
  'wizard.who.SELF': 'I am the cardholder',
  'wizard.who.SELF.hint': 'You apply for your own card and come to the centre yourself.',
  'wizard.who.AGENT_LIVING': 'I am applying for someone who is alive',
  'wizard.who.AGENT_LIVING.hint':
    'The cardholder asked you to apply. You need an entrustment letter signed by them.',
  'wizard.who.AFTER_DEATH': 'The cardholder has died or been declared missing',
  'wizard.who.AFTER_DEATH.hint':
    'You are a relative or another person with standing. You prove the death or disappearance instead of an entrustment.',
  'wizard.who.GUARDIAN': 'I am the guardian of the cardholder',
  'wizard.who.GUARDIAN.hint':
    'For a child under 18 or an adult under guardianship. You need proof of guardianship.',

  'wizard.removed.title': 'Some answers no longer apply',
  'wizard.removed.body': 'Because you changed an answer, we removed what is no longer needed:',
  'wizard.removed.answer.reason': 'the reason for cancelling (choose it again)',
  'wizard.removed.answer.explanation': 'the written explanation of the reason',
  'wizard.removed.answer.birthDate': "the cardholder's date of birth (the ID number shows it)",
  'wizard.removed.answer.lossReportReference': 'the loss report reference',
  'wizard.removed.answer.agent': 'the details of the person applying for the cardholder',
  'wizard.removed.answer.other': 'an answer that no longer applies',
  'wizard.removed.document': 'the uploaded document: {document}',

  'wizard.agent.title': 'Your details',
  'wizard.agent.intro':
    'You are applying for the cardholder, so we need your own valid ID as well as theirs.',
  'wizard.agent.introGuardian':
    'As the guardian you apply for the cardholder, so we need your own valid ID as well as theirs.',
  'wizard.agent.name': 'Your full name',
  'wizard.agent.idType': 'Type of your ID',
  'wizard.agent.idNumber': 'Your ID number',
  'wizard.agent.phone': 'Your mobile number',
  'wizard.agent.phoneHint': 'A mainland mobile number, or an international number starting with +.',
  'wizard.agent.relationship': 'Your relationship to the cardholder',

  'wizard.needs.title': 'What you will need',
  'wizard.needs.intro':
    'Have these ready before you continue. You will upload a clear photo or scan of each one on the next page.',
  'wizard.needs.lostCard':
    'The card is lost, so you do not need photos of it: the loss report reference you gave is enough.',
  'wizard.needs.originalsHeading': 'Bring the originals to the service centre',
  'wizard.needs.originals':
    'When you collect the certificate, staff check the original ID and take the card back.',
  'wizard.needs.originalsAgent':
    "When you collect the certificate, bring your own original ID and the cardholder's original ID or household register, and the card if you have it.",
  'wizard.needs.print': 'Print this list',
  'wizard.needs.continue': 'Continue to the uploads',

  'wizard.declarations.title': 'Expenses tied to the card',
  'wizard.declarations.expenses':
    'Have all expenses tied to the card been paid, such as medical costs and social insurance contributions?',
  'wizard.declarations.expensesHint':
    'A card can only be cancelled once nothing is owed on it. Staff check this too.',
  'wizard.declarations.expenses.yes': 'Yes, everything is paid',
  'wizard.declarations.expenses.no': 'No, something is still owed',
  'wizard.error.expensesSettled': 'Say whether all expenses tied to the card have been paid.',

  'wizard.consequences.title': 'What cancelling the card means',
  'wizard.consequences.intro':
    'Please read this carefully. Once the card is cancelled, it cannot be used again.',
  'wizard.consequences.endsHeading': 'What stops',
  'wizard.consequences.ends.medical':
    'You can no longer use the card to pay medical costs at hospitals and pharmacies under medical insurance.',
  'wizard.consequences.ends.payments':
    'Social security payments can no longer be made to the financial account of this card.',
  'wizard.consequences.ends.services':
    'You can no longer use the card for social security services, online or at a counter.',
  'wizard.consequences.ends.card': 'The card cannot be used again, even if it is found later.',
  'wizard.consequences.keptHeading': 'What stays',
  'wizard.consequences.kept.record':
    'Your social security records are kept. Cancelling the card does not delete them.',
  'wizard.consequences.kept.reapply':
    'You can apply for a new social security card later, in the usual way.',
  'wizard.consequences.kept.bank':
    'Take the cancellation certificate to the bank that issued the card to close its bank account.',
  'wizard.consequences.acknowledge':
    'I understand that the benefits tied to this card stop, and I want to cancel it',
  'wizard.check.acknowledged': 'Read and confirmed',

  'wizard.stop.pageTitle': 'You cannot continue with this application',
  'wizard.stop.rule': 'Rule: {rule}',
  'wizard.stop.whatToDo': 'What to do instead',
  'wizard.stop.saved': 'Your answers are saved. You can come back to them at any time.',
  'wizard.stop.none.title': 'You can continue',
  'wizard.stop.none.link': 'Go to your answers',
  'wizard.stop.AGENT_REQUIRED.title': 'A relative must apply for this',
  'wizard.stop.AGENT_REQUIRED.body':
    'When the cardholder has died or been declared missing, they cannot apply or sign an entrustment. A relative or another person with standing applies for them, with proof of the death or disappearance.',
  'wizard.stop.AGENT_REQUIRED.instead':
    'If you are that relative, change who is applying to "The cardholder has died or been declared missing". Otherwise, ask a relative to apply.',
  'wizard.stop.AGENT_REQUIRED.fix': 'Change who is applying',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.title': 'A guardian must apply for this',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.body':
    'The cardholder is under 18. A child cannot apply alone, and cannot give an entrustment: their guardian applies for them.',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.instead':
    'If you are the guardian, change who is applying to "I am the guardian of the cardholder" and have proof of guardianship ready, such as the household register.',
  'wizard.stop.MINOR_NEEDS_GUARDIAN.fix': 'Change who is applying',
  'wizard.stop.EXPENSES_NOT_SETTLED.title': 'Pay what is owed on the card first',
  'wizard.stop.EXPENSES_NOT_SETTLED.body':
    'A social security card can only be cancelled once every expense tied to it has been settled, such as medical costs and social insurance contributions.',
  'wizard.stop.EXPENSES_NOT_SETTLED.step1':
    'Medical costs: settle them at the hospital or with the medical insurance agency where the costs arose, and keep the receipt.',
  'wizard.stop.EXPENSES_NOT_SETTLED.step2':
    'Social insurance contributions: pay what is outstanding through the employer, the tax office or the social insurance agency, and keep the receipt.',
  'wizard.stop.EXPENSES_NOT_SETTLED.step3':
    'When everything is paid, come back and answer "Yes, everything is paid". Staff will check it.',
  'wizard.stop.EXPENSES_NOT_SETTLED.fix': 'I have paid: change my answer',
};
