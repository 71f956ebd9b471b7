// Wording of the visit booking (the applicant's visit page and the visit in tracking); the same
// keys as ui-visit-zh-cn.ts. Registered by those lazy chunks, never in the entry bundle.
export const uiVisitEn: Record<string, string> = {
  'visit.title': 'Book your visit',
  'visit.bookedTitle': 'Your visit',
  'visit.missing':
    'We cannot find an application in this browser. Book from the browser you applied with, or track your application with its reference number.',
  'visit.notYet':
    'You can book your visit once the application is approved. Its status now: {status}.',
  'visit.notNeeded': 'There is no visit to book for this application. Its status: {status}.',
  'visit.failedToLoad': 'The times could not be loaded. Please try again.',
  'visit.retry': 'Try again',
  'visit.intro':
    'Choose a day and a time to come to the centre. There you hand in the social security card, staff check the originals and you collect the cancellation certificate.',
  'visit.reference': 'Application {reference}',
  'visit.centreHeading': 'Service centre',
  'visit.hoursHeading': 'Opening hours',
  'visit.hours.closed': 'Closed',
  'visit.weekday.1': 'Monday',
  'visit.weekday.2': 'Tuesday',
  'visit.weekday.3': 'Wednesday',
  'visit.weekday.4': 'Thursday',
  'visit.weekday.5': 'Friday',
  'visit.weekday.6': 'Saturday',
  'visit.weekday.7': 'Sunday',
  'visit.timeZone': 'All times are China Standard Time (Beijing time).',
  'visit.daysHeading': 'Choose a day',
  'visit.day.free': '{count} times free',
  'visit.day.full': 'No free times',
  'visit.day.closed': 'Closed',
  'visit.day.holiday': 'Closed: {name}',
  'visit.slotsHeading': 'Free times on {day}',
  'visit.dayClosed': 'The centre is closed on this day. Please choose another day.',
  'visit.dayHoliday': 'The centre is closed on this day ({name}). Please choose another day.',
  'visit.dayFull': 'There is no free time left on this day. Please choose another day.',
  'visit.noneAtAll':
    'There is no free time at this centre in the next 14 days. Please look again later, or call the social security hotline 12333.',
  'visit.placesLeft': 'Places left: {count}',
  'visit.confirmHeading': 'Confirm your visit',
  'visit.confirmWhen': 'When: {when}',
  'visit.confirmWhere': 'Where: {centre}, {address}',
  'visit.confirm': 'Book this time',
  'visit.confirmMove': 'Move my visit to this time',
  'visit.chooseAnother': 'Choose another time',
  'visit.slotTaken':
    'Someone has just taken the last place at that time. Please choose another time: the list below is up to date.',
  'visit.editedElsewhere':
    'Your booking has just been changed in another tab or on another device. This is how it stands now.',
  'visit.failed': 'The booking did not go through. Please try again.',
  'visit.booked.heading': 'Your visit is booked',
  'visit.booked.moved': 'Your visit has been moved',
  'visit.booked.when': 'When',
  'visit.booked.where': 'Where',
  'visit.bringHeading': 'What to bring',
  'visit.bringIntro':
    'At the counter you hand in the card and show these originals, then you collect the certificate:',
  'visit.calendar': 'Add to calendar (.ics)',
  'visit.calendarSummary': 'Cancel a social security card: {centre}',
  'visit.calendarBring': 'What to bring:',
  'visit.changeUntil': 'You can move or cancel this visit until {deadline}.',
  'visit.move': 'Move to another time',
  'visit.moveHeading': 'Choose a new time',
  'visit.keep': 'Keep this time',
  'visit.cancel': 'Cancel the visit',
  'visit.cancelHeading': 'Cancel this visit?',
  'visit.cancelBody':
    'The place is given back for someone else. You can book another time afterwards, while the certificate waits for you.',
  'visit.cancelConfirm': 'Yes, cancel the visit',
  'visit.cancelled':
    'Your visit has been cancelled. Book a new time when you know when you can come.',
  'visit.tooLate':
    'Your visit starts in less than 2 hours, so it can no longer be moved or cancelled. If you cannot come, call the social security hotline 12333.',
  'visit.arrived': 'The centre has recorded that you came.',
  'visit.missed':
    'You were not recorded at the centre for your visit on {when}. The place was freed: please book a new time.',
  'visit.trackBook': 'Book your visit',
  'visit.trackApproved':
    'The application is approved: book a time to come to the centre with the card and the originals.',
  'visit.trackElsewhere':
    'Book the visit in the browser the application was sent from: the booking page opens there.',
  'visit.trackBooked': 'Visit booked: {when}, {centre}',
  'visit.trackSee': 'See or change your visit',
};
