// Wording of the withdrawal page; the same keys as ui-withdraw-zh-cn.ts. Registered by the
// page's own lazy chunk, never in the landing page's entry bundle (ADR 003).
export const uiWithdrawEn: Record<string, string> = {
  'apply.withdraw.title': 'Withdraw your application',
  'apply.withdraw.link': 'Withdraw this application',
  'apply.withdraw.reference': 'Reference number: {reference}',
  'apply.withdraw.status': 'Status now: {status}',
  'apply.withdraw.meansHeading': 'What withdrawing means',
  'apply.withdraw.means.stop':
    'We stop handling your application. The service centre will not check it and will not issue a cancellation certificate.',
  'apply.withdraw.means.card': 'Your social security card is not cancelled. It stays as it is now.',
  'apply.withdraw.means.final':
    'You cannot undo this. If you still want to cancel the card later, you start a new application.',
  'apply.withdraw.confirm': 'Yes, withdraw the application',
  'apply.withdraw.keep': 'No, keep my application',
  'apply.withdraw.doneTitle': 'Application withdrawn',
  'apply.withdraw.doneBody':
    'Application {reference} is withdrawn. The centre will not handle it. Your card has not been cancelled.',
  'apply.withdraw.startAgain': 'Start a new application',
  'apply.withdraw.tooLate':
    'This application can no longer be withdrawn. Its status is: {status}. Once a cancellation is approved it cannot be undone.',
  'apply.withdraw.missing':
    'We cannot find an application in this browser. Use the browser you applied with, or track it with its reference number.',
  'apply.withdraw.failed': 'The application could not be withdrawn. Please try again.',
};
