// UI wording in plain English; the same keys as ui-zh-cn.ts (test/i18n-messages.test.ts).
export const uiEn: Record<string, string> = {
  'app.name': 'Cancel a social security card online',

  'ui.skipLink': 'Skip to main content',
  'ui.largeText': 'Large text',
  'ui.language.label': 'Choose a language',
  'ui.loading': 'Loading…',
  'ui.pleaseWait': 'Please wait…',
  'ui.continue': 'Continue',
  'ui.back': 'Back',
  'ui.backHome': 'Go to the home page',
  'ui.change': 'Change',
  'ui.remove': 'Remove',
  'ui.retry': 'Try again',
  'ui.yes': 'Yes',
  'ui.no': 'No',
  'ui.select.placeholder': 'Choose one',
  'ui.errorSummary.title': 'There is a problem',
  'ui.error.prefix': 'Error:',
  'ui.error.network':
    'We cannot reach the service right now. Check your connection and try again; nothing you entered is lost.',
  'ui.error.unexpectedAnswer':
    'The service answered something unexpected. Nothing has been lost: please try again later, or call the social security hotline 12333.',
  'ui.error.server': 'Something went wrong on our side. Try again later.',
  'ui.error.conflict': 'This application has been sent and can no longer be changed.',
  'ui.error.expired': 'We cannot find your draft application. Please start again.',
  'ui.error.tooMany': 'Too many attempts. Wait a few minutes and try again.',
  'ui.error.tooManyWait': 'Too many attempts. You can try again in {minutes} minutes.',
  'ui.error.tooManyWaitOne': 'Too many attempts. You can try again in a minute.',
  'ui.blocker.rule': '{text} (source: {rule})',
  'ui.footer.about':
    'Apply online to cancel a social security card. You still visit the chosen service centre once, with the originals.',
  'ui.footer.track': 'Track an application',
  'ui.footer.staff': 'Staff sign-in',
  'ui.notFound.title': 'Page not found',
  'ui.notFound.body': 'If you typed the web address, check it is correct.',
  'ui.routeError.title': 'Sorry, something went wrong',
  'ui.routeError.body': 'Reload the page and try again. If it keeps happening, come back later.',

  'landing.title': 'Cancel a social security card',
  'landing.lead':
    'Fill in the application and upload your documents online, and choose a service centre. Once staff approve it, you visit the centre once to show the originals and collect the cancellation certificate.',
  'landing.who.heading': 'Who can use this service',
  'landing.who.body':
    'The cardholder, or someone the cardholder has asked, can apply when the cardholder:',
  'landing.who.settledAbroad': 'is settling abroad for good or living abroad long term',
  'landing.who.nationality': 'has taken a foreign nationality and lost Chinese nationality',
  'landing.who.leftMainland':
    'is a foreigner or Hong Kong, Macao or Taiwan resident whose insurance ended and who left the mainland',
  'landing.who.relocation':
    'has moved their social insurance to another region, which issues a new card',
  'landing.who.agent': 'has died or been declared missing – a relative applies for them',
  'landing.need.heading': 'What you need',
  'landing.need.id': "the cardholder's valid ID (photos or scans of both sides)",
  'landing.need.card':
    'the social security card (photos of both sides), or the loss report reference if it was lost',
  'landing.need.proof': 'proof of the reason, for example proof of settling abroad',
  'landing.need.settled':
    'all expenses tied to the card (medical costs, social insurance contributions) paid',
  'landing.steps.heading': 'How it works',
  'landing.steps.online': 'Apply and upload your documents online (about 10 minutes)',
  'landing.steps.review':
    'Staff check your application; track it any time with your reference number',
  'landing.steps.visit':
    'Once approved, take the original ID and card to the chosen centre and collect the certificate',
  'landing.warning.title': 'Think it over:',
  'landing.warning.body':
    'after cancelling, the social security benefits tied to this card stop and the card cannot be used again. You can apply for a new card later under the normal rules.',
  'landing.continue': 'Continue your application',
  'landing.continue.body':
    'You have an application on this device that is not sent yet. You can carry on where you left off.',
  'landing.start': 'Start now',
  'landing.track.heading': 'Already applied?',
  'landing.track.link': 'Track your application',

  'apply.progress.label': 'Application steps',
  'apply.progress.step': 'Step {current} of {total}',
  'apply.draftLost': 'We could not find the draft you saved before. Please start again.',
  'apply.loadError.title': 'We cannot load your application right now',
  'apply.loadError.body': 'Check your connection and try again. What you saved is not lost.',

  'apply.reason.title': 'Why do you want to cancel the social security card?',
  'apply.reason.hint': 'Choose the one that fits best.',
  'apply.reason.explanation': 'Explain the reason in detail',
  'apply.reason.explanationHint': 'Staff decide based on your explanation.',

  'apply.cardholder.title': "The cardholder's details",
  'apply.cardholder.intro': 'Enter them exactly as they are on the ID.',
  'apply.cardholder.name': "Cardholder's full name",
  'apply.cardholder.idType': 'Type of ID',
  'apply.cardholder.idNumber': 'ID number',
  'apply.cardholder.idNumberHint':
    'A resident identity card number has 18 characters; the last may be X.',
  'apply.cardholder.birthDate': 'Date of birth',
  'apply.cardholder.birthDateHint':
    'This ID number does not show the date of birth, so enter it, for example 1990-01-31.',
  'apply.cardholder.cardNumber': 'Social security card number',
  'apply.cardholder.cardNumberHint':
    'Printed on the front of the card; letters and digits only. Leave it empty if the card is lost.',
  'apply.cardholder.cardLost': 'The social security card has been lost',
  'apply.cardholder.cardLostHint': 'Report the loss first, then enter the loss report reference.',
  'apply.cardholder.lossReportReference': 'Loss report reference',
  'apply.cardholder.lossReportReferenceHint':
    'The number you were given when you reported the loss.',

  'apply.documents.title': 'Upload documents',
  'apply.documents.intro':
    'For your application you need to upload these documents. Bring the originals when you visit the centre.',
  'apply.documents.formats':
    'Upload JPG or PNG photos or PDF files, or take a photo with your phone.',
  'apply.documents.status.uploaded': 'Uploaded',
  'apply.documents.status.missing': 'Not uploaded yet',
  'apply.documents.uploading': 'Uploading: {document}',
  'apply.documents.uploaded': 'Uploaded: {document}',
  'apply.documents.removed': 'Removed: {document}',
  'apply.documents.file': 'File {number} ({type}, {size})',
  'apply.documents.fileOf': 'file {number} of {document}',
  'apply.documents.error.missing': 'Upload: {document}',
  'apply.documents.error.tooLarge': 'The file is too large. Upload a file of 10 MB or less.',
  'apply.documents.error.type': 'The file must be a JPG, PNG or PDF.',
  'apply.documents.error.unreadable':
    'The file cannot be read. Take the photo again or choose another file.',

  'apply.declarations.title': 'Declarations and service centre',
  'apply.declarations.heading': 'Please confirm',
  'apply.declarations.expensesSettled':
    'All medical expenses and social insurance contributions tied to this card are paid',
  'apply.declarations.expensesSettledHint':
    'The card cannot be cancelled while anything is unpaid.',
  'apply.declarations.consequencesAcknowledged':
    'I understand that the social security benefits tied to this card end when it is cancelled',
  'apply.declarations.consequencesAcknowledgedHint':
    'The card cannot be used again. You can apply for a new card later under the normal rules.',
  'apply.declarations.centre': 'Service centre you will visit',
  'apply.declarations.centreHint':
    'Once approved, go to this centre to show the originals, hand in the card and collect the certificate.',
  'apply.declarations.centresFailed':
    'We cannot load the list of service centres. Reload the page and try again.',

  'apply.check.title': 'Check your answers before sending your application',
  'apply.check.reason': 'Reason for cancelling',
  'apply.check.cardLost': 'Card lost',
  'apply.check.documents': 'Documents needed',
  'apply.check.declarations': 'Declarations',
  'apply.check.notAnswered': 'Not answered',
  'apply.check.sendHeading': 'Send your application',
  'apply.check.sendBody':
    'By sending it you confirm the details are true and correct. You cannot change them afterwards unless staff return the application to you.',
  'apply.check.submit': 'Submit application',

  'apply.submitted.title': 'Application sent',
  'apply.submitted.referenceLabel': 'Your reference number',
  'apply.submitted.copy': 'Copy the reference number',
  'apply.submitted.copied': 'Reference number copied',
  'apply.submitted.keep':
    "Write it down. To track your application you need the reference number and the cardholder's ID number.",
  'apply.submitted.nextHeading': 'What happens next',
  'apply.submitted.next.review':
    'Staff check the documents you uploaded. If something needs correcting, they return it to you.',
  'apply.submitted.next.book':
    'Booking a time for your visit to the centre opens once the application is approved: then track it here, or come back to this website in this browser, and book.',
  'apply.submitted.next.collect':
    'Once approved, the cancellation certificate is ready at the service centre you chose.',
  'apply.submitted.next.collectAt':
    'Once approved, collect the cancellation certificate at {centre} ({address}).',
  'apply.submitted.next.originals':
    "Bring the cardholder's original valid ID and the social security card; staff check the originals and keep the card.",
  'apply.submitted.next.bank':
    'Then take the certificate to the issuing bank to close the bank account.',
  'apply.submitted.track': 'Track your application',
  'apply.submitted.missingTitle': 'We cannot find the application you just sent',

  'tracking.title': 'Track your application',
  'tracking.intro':
    "Enter the reference number and the cardholder's ID number to see how far your application has got.",
  'tracking.reference': 'Reference number',
  'tracking.referenceHint': 'Shown on the page after you sent the application.',
  'tracking.idNumber': "Cardholder's ID number",
  'tracking.idNumberHint': 'The ID number given in the application.',
  'tracking.submit': 'Track',
  'tracking.notFound.title': 'No application matches these details',
  'tracking.notFound.body': 'Check the reference number and the ID number.',
  'tracking.tooMany': 'Too many attempts. Wait a few minutes and try again.',
  'tracking.tooManyWait': 'Too many attempts. You can try again in {minutes} minutes.',
  'tracking.tooManyWaitOne': 'Too many attempts. You can try again in a minute.',
  'tracking.result.heading': 'Application {reference}',
  'tracking.result.status': 'Status:',
  'tracking.result.timeline': 'History',
  'tracking.result.pickupHeading': 'The cancellation certificate is ready to collect',
  'tracking.result.readyAt': 'Ready since: {date}',
  'tracking.result.bring': "Bring the cardholder's original valid ID and the social security card.",
  'tracking.corrections.heading': 'Please correct your application',
  'tracking.corrections.intro': 'Staff checked your application and need you to fix the following:',
  'tracking.corrections.how':
    'On the phone or computer you applied on, open your application, replace what is listed and send it again.',
  'tracking.corrections.start': 'Correct your application',
  'tracking.rejected.heading': 'Your application was refused',
  'tracking.collected.heading': 'The certificate has been collected',
  'tracking.collected.copy': 'Download the electronic copy of the certificate (PDF)',
  'tracking.collected.copyElsewhere':
    'The electronic copy can be downloaded on the phone or computer the application was sent from.',

  'verify.title': 'Check a cancellation certificate',
  'verify.intro':
    'Checks that a cancellation certificate with this number was issued by the social security card service.',
  'verify.valid': 'This certificate is valid',
  'verify.invalid': 'This certificate is not valid',
  'verify.notFound': 'There is no certificate with this number',
  'verify.serial': 'Certificate number',
  'verify.holder': 'Cardholder',
  'verify.issuedAt': 'Issued',
  'verify.status': 'Status',
  'verify.centre': 'Issued by',

  'error.invalid': 'Check what you entered.',
  'error.serviceCentre.unknown': 'Choose a service centre from the list.',
  'error.reference.required': 'Enter the reference number.',
  'error.username.required': 'Enter your username.',
  'error.password.required': 'Enter your password.',
};
