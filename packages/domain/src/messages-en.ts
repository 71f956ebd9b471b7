// Plain English; the same keys as messages-zh-cn.ts (a test checks it).
export const messagesEn: Record<string, string> = {
  // Reasons (docs/rules.md §2)
  'reason.DEATH': 'The cardholder has died',
  'reason.DEATH.hint':
    'A relative or another person with standing applies, with a death certificate or proof that the household registration was cancelled.',
  'reason.DISAPPEARANCE': 'The cardholder has been declared missing',
  'reason.DISAPPEARANCE.hint':
    "A relative or another person with standing applies, with the court's declaration or proof that the household registration was cancelled.",
  'reason.SETTLED_ABROAD': 'Settling abroad for good',
  'reason.SETTLED_ABROAD.hint':
    'The cardholder now lives abroad permanently. You need proof of settlement.',
  'reason.LOSS_OF_NATIONALITY': 'Took foreign nationality and lost Chinese nationality',
  'reason.LOSS_OF_NATIONALITY.hint': 'You need proof of the foreign nationality.',
  'reason.LONG_TERM_ABROAD': 'Living abroad long term',
  'reason.LONG_TERM_ABROAD.hint': 'You need proof of residence abroad.',
  'reason.LEFT_MAINLAND': 'Social insurance ended and left the mainland',
  'reason.LEFT_MAINLAND.hint':
    'For insured foreigners and residents of Hong Kong, Macao or Taiwan. You need proof that insurance ended and that you left.',
  'reason.RELOCATION': 'Social insurance moved to another region',
  'reason.RELOCATION.hint':
    'The new region will issue a new card; this one is cancelled first. You need proof of the transfer.',
  'reason.OTHER': 'Another reason',
  'reason.OTHER.hint': 'Explain the reason in detail. Staff will decide.',

  // Who files (docs/rules.md §3.2)
  'filerRole.CARDHOLDER': 'I am the cardholder',
  'filerRole.AGENT': 'I am applying for someone else',
  'filerRole.GUARDIAN': "I am the cardholder's guardian",

  // Identity documents (docs/rules.md §4)
  'idType.RESIDENT_ID': 'Resident identity card',
  'idType.FOREIGN_PERMANENT_RESIDENT_ID': 'Foreign permanent resident ID card',
  'idType.HMT_RESIDENCE_PERMIT': 'Residence permit for Hong Kong, Macao and Taiwan residents',
  'idType.PASSPORT': 'Passport',
  'idType.HMT_TRAVEL_PERMIT': 'Mainland travel permit for Hong Kong and Macao residents',

  // Documents (docs/api.md; docs/rules.md §4)
  'documentKind.CARDHOLDER_ID_FRONT': "Cardholder's ID (front)",
  'documentKind.CARDHOLDER_ID_FRONT.hint':
    'The side with the photo. For a passport, the photo page.',
  'documentKind.CARDHOLDER_ID_BACK': "Cardholder's ID (back)",
  'documentKind.CARDHOLDER_ID_BACK.hint': 'The side with the issuing authority and validity dates.',
  'documentKind.CARD_FRONT': 'Social security card (front)',
  'documentKind.CARD_FRONT.hint':
    'Bring the card itself to the service centre; it is handed in there.',
  'documentKind.CARD_BACK': 'Social security card (back)',
  'documentKind.CARD_BACK.hint': 'Make sure the card number can be read.',
  'documentKind.HOUSEHOLD_REGISTER': "Household register (cardholder's page)",
  'documentKind.HOUSEHOLD_REGISTER.hint':
    "For a cardholder under 16, or when the cardholder's ID is not available.",
  'documentKind.AGENT_ID_FRONT': 'Your ID as the person applying (front)',
  'documentKind.AGENT_ID_FRONT.hint': 'Your own valid ID, the side with the photo.',
  'documentKind.AGENT_ID_BACK': 'Your ID as the person applying (back)',
  'documentKind.AGENT_ID_BACK.hint': 'The side with the issuing authority and validity dates.',
  'documentKind.ENTRUSTMENT_CERTIFICATE': 'Letter of entrustment',
  'documentKind.ENTRUSTMENT_CERTIFICATE.hint':
    'Signed by the cardholder, saying you may cancel the social security card for them.',
  'documentKind.GUARDIANSHIP_PROOF': 'Proof of guardianship',
  'documentKind.GUARDIANSHIP_PROOF.hint':
    "For example the household register, the birth certificate, or a court's or residents' committee's guardianship document.",
  'documentKind.DEATH_PROOF': 'Death certificate or proof of cancelled household registration',
  'documentKind.DEATH_PROOF.hint':
    'A medical death certificate, or the police certificate that the household registration was cancelled.',
  'documentKind.DISAPPEARANCE_PROOF':
    'Court declaration of disappearance or proof of cancelled household registration',
  'documentKind.DISAPPEARANCE_PROOF.hint':
    "The court's judgment declaring the person missing, or the police certificate that the household registration was cancelled.",
  'documentKind.ABROAD_PROOF': 'Proof of settling or living abroad',
  'documentKind.ABROAD_PROOF.hint':
    'For example a foreign permanent residence card, proof of residence, or a certificate from a Chinese embassy or consulate.',
  'documentKind.NATIONALITY_PROOF': 'Proof of foreign nationality',
  'documentKind.NATIONALITY_PROOF.hint':
    'For example a foreign passport or naturalisation certificate.',
  'documentKind.DEPARTURE_PROOF': 'Proof that insurance ended and the mainland was left',
  'documentKind.DEPARTURE_PROOF.hint':
    'Proof that the social insurance ended, and proof of leaving the mainland.',
  'documentKind.TRANSFER_PROOF': 'Proof that social insurance moved to another region',
  'documentKind.TRANSFER_PROOF.hint': 'The transfer papers from the new region.',
  'documentKind.OTHER_SUPPORTING': 'Other supporting documents (optional)',
  'documentKind.OTHER_SUPPORTING.hint':
    'Anything else that explains the reason. You can skip this.',

  // Relationship of the agent to the cardholder
  'relationship.SPOUSE': 'Husband or wife',
  'relationship.CHILD': 'Son or daughter',
  'relationship.PARENT': 'Parent',
  'relationship.SIBLING': 'Brother or sister',
  'relationship.GRANDCHILD': 'Grandchild',
  'relationship.OTHER_RELATIVE': 'Other relative',
  'relationship.GUARDIAN': 'Guardian',
  'relationship.ENTRUSTED_OTHER': 'Someone else the cardholder asked',

  // Statuses (docs/rules.md §5)
  'status.DRAFT': 'Not yet sent',
  'status.SUBMITTED': 'Sent',
  'status.UNDER_REVIEW': 'Being checked',
  'status.RETURNED_FOR_CORRECTION': 'Returned for you to correct',
  'status.AWAITING_SETTLEMENT': 'Waiting for expenses to be settled',
  'status.AWAITING_HRSS_CLOSURE': 'Waiting for social security matters to be closed',
  'status.APPROVED': 'Approved',
  'status.CERTIFICATE_READY': 'Certificate ready to collect',
  'status.COLLECTED': 'Collected',
  'status.REJECTED': 'Refused',
  'status.WITHDRAWN': 'Withdrawn',

  // Blockers: what stops submission, and what to do instead
  'blocker.REASON_REQUIRED': 'Choose the reason for cancelling the card.',
  'blocker.FILER_REQUIRED': 'Say who is applying: the cardholder, someone for them, or a guardian.',
  'blocker.AGENT_REQUIRED':
    'When the cardholder has died or been declared missing, a relative or another person with standing must apply for them. Change who is applying to "someone else".',
  'blocker.MINOR_NEEDS_GUARDIAN':
    'The cardholder is under 18, so a guardian must apply for them. Change who is applying to "guardian" and have proof of guardianship ready.',
  'blocker.OPEN_APPLICATION_EXISTS':
    'Another application to cancel this card is open. Neither can be approved until staff have refused the one that should not stand.',
  'blocker.CARDHOLDER_DETAILS_REQUIRED': "Enter the cardholder's full name and valid ID details.",
  'blocker.BIRTH_DATE_REQUIRED':
    "This ID number does not show a date of birth. Enter the cardholder's date of birth.",
  'blocker.AGENT_DETAILS_REQUIRED':
    'Enter your name, your valid ID, your mobile number and how you are related to the cardholder.',
  'blocker.EXPLANATION_REQUIRED': 'You chose "another reason". Explain the reason in detail.',
  'blocker.LOSS_REPORT_REQUIRED':
    'The card is lost: enter the reference number of the loss report. If you have not reported the loss yet, do that first.',
  'blocker.EXPENSES_NOT_SETTLED':
    'All expenses tied to the card, such as medical costs and social insurance contributions, must be paid first. Once they are, answer "yes" to "Are the expenses settled?".',
  'blocker.CONSEQUENCES_NOT_ACKNOWLEDGED':
    'After cancelling, the social security benefits tied to this card stop. Think it over, then tick the box to confirm you understand.',
  'blocker.SERVICE_CENTRE_REQUIRED': 'Choose the service centre you will visit.',
  'blocker.DOCUMENTS_MISSING':
    'Some required documents have not been uploaded. Add them, then send the application.',

  // Field errors (case-schema.ts)
  'error.object.invalid': 'This part of the form is not in the right format.',
  'error.field.unknown': 'This contains a field we do not recognise.',
  'error.reason.required': 'Choose the reason for cancelling.',
  'error.filerRole.required': 'Choose who is applying.',
  'error.reason.invalid': 'Choose a reason from the list.',
  'error.filerRole.invalid': 'Choose who is applying from the list.',
  'error.idType.invalid': 'Choose an ID type from the list.',
  'error.documentKind.invalid': 'Choose a document type from the list.',
  'error.relationship.invalid': 'Choose a relationship from the list.',
  'error.status.invalid': 'This status is not valid.',
  'error.boolean.invalid': 'Choose yes or no.',
  'error.name.required': 'Enter the name.',
  'error.name.tooLong': 'The name must be 60 characters or fewer.',
  'error.idType.required': 'Choose the ID type.',
  'error.idNumber.required': 'Enter the ID number.',
  'error.idNumber.format':
    'This ID number is not in the right format. Check it and enter it again.',
  'error.idNumber.checkDigit':
    'This ID number is not correct: its last character does not match. Check each character.',
  'error.idNumber.birthDate':
    'The date of birth inside this ID number is not valid. Check the number.',
  'error.idNumber.prefix': 'This ID number does not match the ID type chosen. Check both.',
  'error.birthDate.invalid':
    'Enter a real date of birth as year-month-day, for example 1990-01-31.',
  'error.birthDate.future': 'The date of birth cannot be in the future.',
  'error.birthDate.required': 'Enter the date of birth.',
  'error.birthDate.mismatch': 'The date of birth does not match the ID number. Check both.',
  'error.cardNumber.format':
    'Enter the card number as printed on the card, letters and digits only.',
  'error.cardLost.required': 'Say whether the card has been lost.',
  'error.lossReportReference.required': 'Enter the reference number of the loss report.',
  'error.lossReportReference.tooLong': 'The loss report reference must be 40 characters or fewer.',
  'error.phone.required': 'Enter a mobile number.',
  'error.phone.format':
    'Enter an 11-digit mobile number, or an international number starting with + and the country code.',
  'error.relationship.required': 'Choose how you are related to the cardholder.',
  'error.explanation.required': 'Explain the reason in detail.',
  'error.explanation.tooLong': 'The explanation must be 2000 characters or fewer.',
  'error.documents.tooMany': 'Too many documents.',
  'error.serviceCentre.required': 'Choose a service centre.',
  'error.serviceCentre.tooLong': 'The service centre name is too long.',
  'error.agent.sameAsCardholder':
    'The person applying cannot be the cardholder. If it is your own card, choose "I am the cardholder".',
  'error.declarations.expensesSettled': 'Confirm that all expenses tied to the card are settled.',
  'error.declarations.consequencesAcknowledged':
    'Confirm that you understand what cancelling means.',
  // Messages the API sends with its 4xx answers and staff decisions.
  'blocker.HRSS_NOT_CLOSED':
    'The cardholder died or was declared missing: record that the human resources and social security business is closed before approving (Art. 26).',
  'error.approval.expensesSettledConfirmed':
    'Confirm that all expenses tied to the card are settled before approving.',
  'error.serviceCentre.unknown': 'Choose a service centre from the list.',
  'error.file.empty': 'The file is empty. Choose another file.',
  'error.file.missing': 'Choose a file to upload.',
  'error.file.tooLarge': 'The file is larger than 10 MB. Take a smaller photo or scan.',
  'error.file.type': 'Only JPEG or PNG photos and PDF files can be uploaded.',
  'error.file.unreadable':
    'This file is damaged or is not a real JPEG, PNG or PDF. Scan or photograph the document again.',
  'error.file.tooManyPixels':
    'This image is too large (more than 40 megapixels). Take the photo at a lower resolution.',
  'error.file.tooManyPages': 'A PDF may have at most 20 pages. Split it into smaller files.',
  'error.file.pdfActiveContent':
    'This PDF contains scripts or actions, which are not accepted. Print it to a new PDF or scan the paper copy.',
  'error.file.pdfEmbeddedFiles':
    'This PDF has other files attached inside it, which are not accepted. Save it without attachments or scan the paper copy.',
  'error.file.pdfEncrypted':
    'This PDF is password-protected or encrypted. Remove the protection or scan the paper copy.',
  'error.file.infected':
    'This file contains a virus or other harmful content and was not accepted. Scan the paper document again on a clean device.',
  'error.file.scanUnavailable':
    'Uploads cannot be checked for viruses right now, so none are accepted. Try again in a few minutes.',
  'error.case.object': 'Send the answers as a JSON object.',
  'error.id.invalid': 'This link is not valid.',
  'error.text.invalidCharacter':
    'This contains a character that cannot be accepted (a control or formatting character, or broken text). Type it again without it.',
  'error.number.invalid': 'Enter a whole number.',
  'error.number.range': 'This number is outside the allowed range.',
  'error.date.invalid': 'Enter a real date, for example 2026-03-01.',
  'error.cursor.invalid': 'This page link is not valid; start again.',
  'error.reference.required': 'Enter the reference number.',
  'error.reference.searchShape':
    'Search by the application reference: letters and the digits 2–9, for example 7KQM-2XPD-9T4H.',
  'error.username.required': 'Enter your username.',
  'error.file.malformed':
    'The upload arrived broken (the connection may have dropped). Choose the file and send it again.',
  'error.file.oneAtATime': 'Send one file at a time.',
  'error.password.required': 'Enter your password.',
  // Staff review (Guide §II.4): why a scan or an answer needs correcting, why an application was refused.
  'reviewReason.BLURRED': 'The scan is blurred or hard to read. Take a sharper photo or scan.',
  'reviewReason.WRONG_DOCUMENT': 'This is not the document asked for. Upload the right one.',
  'reviewReason.EXPIRED': 'The document has expired. Upload one that is still valid.',
  'reviewReason.MISMATCH':
    'This does not match the other answers or documents. Check it and correct it.',
  'reviewReason.INCOMPLETE': 'Something is missing. Add what is missing.',
  'reviewReason.OTHER': 'Staff need you to correct this; see their note.',
  'rejectionReason.CONDITIONS_NOT_MET': 'The conditions for cancelling the card are not met.',
  'rejectionReason.NO_STANDING':
    'The person applying may not cancel this card for the cardholder (no entrustment, guardianship or standing).',
  'rejectionReason.DOCUMENTS_NOT_GENUINE':
    'The documents could not be accepted as genuine or do not belong to the cardholder.',
  'rejectionReason.DUPLICATE':
    'This card is already cancelled or being cancelled in another application.',
  'rejectionReason.CORRECTION_NOT_MADE': 'The corrections asked for were not made.',
  'rejectionReason.OTHER': 'The application was refused for another reason; see the note.',
  'error.correctableAnswer.required': 'Choose which answer needs correcting.',
  'error.correctableAnswer.invalid': 'Choose an answer from the list.',
  'error.reviewReason.required': 'Choose why this needs correcting.',
  'error.reviewReason.invalid': 'Choose a reason from the list.',
  'error.rejectionReason.required': 'Choose the reason for refusing.',
  'error.rejectionReason.invalid': 'Choose a reason from the list.',
  'error.reviewNote.required': 'You chose "other": say what is wrong.',
  'error.staffNote.tooLong': 'A note must be 2000 characters or fewer.',
  'error.rejectionNote.required': 'Explain the refusal to the applicant.',
  'error.corrections.required': 'Name at least one document or answer to correct.',
  'error.correctionTarget.required': 'Choose a document or an answer to correct.',
  'error.correctionTarget.unknown': 'This document is not part of the application.',
  'error.pickup.originalsChecked':
    'Check the original documents before handing over the certificate.',
  'error.pickup.cardHandedIn':
    'The social security card must be handed in (unless it was reported lost).',
  'error.pickup.idMismatch':
    "This ID number matches neither the cardholder's nor the person applying's. Check the ID shown at the counter.",
  'error.approval.documentsNotAccepted': 'Accept every document before approving.',
  'error.staff.usernameTaken': 'This username is already in use.',
  'error.staff.role': 'You may not give this role.',
  'error.password.tooShort': 'The password must be at least 12 characters.',
  'error.password.tooLong': 'The password can be at most 128 characters.',
  'error.password.common':
    'This password is one of those most often used, and the first an attacker tries. Choose another: a few unrelated words make a good one.',
  'error.password.containsUsername': 'The password must not contain the username.',
  'error.password.unchanged': 'The new password must differ from the current one.',
  'error.stepUp.failed':
    'Your own password was not correct, so nothing was changed. After 5 wrong tries you are signed out.',
  'certificate.bankAccount':
    'The bank account attached to the social security card is closed at the bank: take this certificate to the bank that issued the card.',
  // The visit to the centre (docs/rules.md §5.1)
  'visitStatus.BOOKED': 'Booked',
  'visitStatus.ARRIVED': 'Came to the centre',
  'visitStatus.NO_SHOW': 'Did not come',
  'visitStatus.CANCELLED': 'Cancelled',
  'visitBring.CARDHOLDER_ID': "The cardholder's ID, the original",
  'visitBring.CARD': 'The social security card itself: it is handed in at the counter',
  'visitBring.HOUSEHOLD_REGISTER': 'The household register, the original',
  'visitBring.AGENT_ID': 'Your own ID, the original',
  'visitBring.ENTRUSTMENT_CERTIFICATE':
    'The letter of entrustment signed by the cardholder, the original',
  'visitBring.GUARDIANSHIP_PROOF': 'The proof of guardianship, the original',
  'visitBring.DEATH_PROOF':
    'The death certificate or proof of cancelled household registration, the original',
  'visitBring.DISAPPEARANCE_PROOF':
    'The court declaration of disappearance or proof of cancelled household registration, the original',
  'visitBring.ABROAD_PROOF': 'The proof of settling or living abroad, the original',
  'visitBring.NATIONALITY_PROOF': 'The proof of foreign nationality, the original',
  'visitBring.DEPARTURE_PROOF':
    'The proof that insurance ended and the mainland was left, the original',
  'visitBring.TRANSFER_PROOF':
    'The proof that social insurance moved to another region, the original',
  'error.visit.time': 'Enter a time as HH:MM, for example 09:00.',
  'error.visit.weekday': 'Choose a day of the week (1 is Monday, 7 is Sunday).',
  'error.visit.closesBeforeOpens': 'The closing time must be after the opening time.',
  'error.visit.slotMinutes': 'A slot lasts a whole number of minutes, from 5 to 240.',
  'error.visit.capacity': 'A slot takes a whole number of people, from 0 to 100.',
  'error.visit.hours': 'List the opening hours, one period each.',
  'error.visit.hoursOverlap': 'This period overlaps another one on the same day.',
  'error.visit.closedReason': 'Say why the centre is closed that day.',
  'error.visit.holidayName': 'Give the holiday’s name.',
  'error.visit.start': 'Choose a time from the list of free slots.',
  'error.visit.outcome': 'Choose whether the person came or did not come.',
  'error.visit.notASlot':
    'The centre has no visit slot starting then. Choose a time from the list of free slots.',
  'error.visit.slotFull': 'This time has just been taken. Choose another from the free slots.',
  'error.visit.tooLate':
    'The visit starts within 2 hours, so it can no longer be moved or cancelled. Please come as booked.',
  'error.visit.notBookable':
    'The visit can be booked once the application is approved, and only until the certificate is collected.',
  'error.visit.pastDate': 'Choose today or a later day.',

  // Sources of rules, as a reader names them (citation.ts; docs/rules.md §7, §8)
  'citation.article.26':
    'Article 26 of the Measures on the Administration of Social Security Cards',
  'citation.article.27':
    'Article 27 of the Measures on the Administration of Social Security Cards',
  'citation.guide': 'the guide “Can I cancel my social security card?”',
  'citation.guide.I': 'the guide “Can I cancel my social security card?”, “Reasons and conditions”',
  'citation.guide.II': 'the guide “Can I cancel my social security card?”, “How to cancel”',
  'citation.guide.II.item':
    'the guide “Can I cancel my social security card?”, “How to cancel”, step {item}',
  'citation.guide.III': 'the guide “Can I cancel my social security card?”, “Points to note”',
  'citation.guide.III.item':
    'the guide “Can I cancel my social security card?”, “Points to note”, item {item}',
  'citation.guide.I.item':
    'the guide “Can I cancel my social security card?”, “Reasons and conditions”',
  'citation.practice': 'the usual practice of service centres',
  'citation.rules': 'the rules of this service',

  // What a history step confirms (history-facts.ts; docs/rules.md §5)
  'historyFact.EXPENSES_SETTLED': 'Expenses tied to the card confirmed settled',
  'historyFact.HRSS_CLOSED': 'Human resources and social security business confirmed closed',
  'historyFact.COLLECTED_BY_CARDHOLDER': 'Collected by the cardholder',
  'historyFact.COLLECTED_BY_AGENT': 'Collected by the agent',
  'historyFact.ORIGINALS_CHECKED': 'Originals checked',
  'historyFact.CARD_HANDED_IN': 'Card handed in',
  'historyFact.CARD_REPORTED_LOST': 'Card reported lost, not handed in',
  'historyFact.REFUSED': 'Refused: {reason}',
};
