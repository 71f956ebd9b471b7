// Wording of the upload controls, merged into the English dictionary.
export const uiUploadEn: Record<string, string> = {
  'apply.upload.takePhoto': 'Take a photo',
  'apply.upload.chooseFile': 'Choose a file',
  'apply.upload.addFile': 'Add another file',
  'apply.upload.dropHint': 'Or drag files here.',
  'apply.upload.replace': 'Replace',
  'apply.upload.newFile': 'New file for: {document}',
  'apply.upload.preparing': 'Preparing the photo…',
  'apply.upload.progressLabel': 'Upload progress: {document}',
  'apply.upload.progress': '{percent}% sent',
  'apply.upload.progressAnnounce': '{document}: {percent}% sent',
  'apply.upload.compressed': 'Made smaller for sending: {original} → {size}',
  'apply.upload.cancel': 'Cancel',
  'apply.upload.failed':
    'The connection was lost and the file was not uploaded. Try again: you do not need to choose it again.',
  // Mostly HEIC, which iPhones save by default and most browsers other than Safari cannot
  // decode; trying the same file again cannot help, so this says how to get a JPG instead.
  'apply.upload.cannotRead':
    'This browser cannot open this photo (often the case with iPhone photos in HEIC format). Upload a JPG, PNG or PDF instead: for example, take a screenshot of the photo and upload that. On an iPhone, Settings > Camera > Formats > “Most Compatible” saves new photos as JPG.',
  'apply.upload.quality.title': 'This photo may be hard to read',
  'apply.upload.quality.tooSmall':
    'The photo is small, so the print may be unreadable. Move closer so that the document fills the picture.',
  'apply.upload.quality.tooDark': 'The photo is too dark. Take it again in good light.',
  'apply.upload.quality.blurred':
    'The photo is blurred. Hold the phone still and let it focus before you take the photo.',
  'apply.upload.quality.glare':
    'Light is reflecting off the document. Tilt it away from the lamp or turn off the flash.',
  'apply.upload.quality.example': 'A good photo:',
  'apply.upload.quality.exampleText':
    'the document lies flat on a dark surface, all four corners are in the picture, the print is sharp and there is no glare.',
  'apply.upload.quality.replace': 'Take or choose another photo',
  'apply.upload.quality.keep': 'Use this photo anyway',
  'apply.upload.qualityAnnounce': 'Check the photo: {document}',
  'apply.upload.error.busy': 'Wait until this file has been uploaded: {document}',
  'apply.upload.error.review': 'Choose whether to use the photo for: {document}',
  // Return for correction (Guide §II.4 补正): what staff asked to fix, in the wizard.
  'apply.correction.heading': 'What to correct',
  'apply.correction.intro':
    'Staff checked your application and sent it back. Replace the files marked below, then check your answers and send the application again.',
  'apply.correction.introCheck':
    'Staff checked your application and sent it back. Fix each item below, then send the application again with the button at the end of this page.',
  'apply.correction.otherAnswer': 'An answer',
  'apply.correction.note': 'Staff note: {note}',
  'apply.correction.message': 'Message from staff: {message}',
  'apply.correction.replaced': 'Replaced',
  'apply.correction.fix': 'Fix this',
  'apply.correction.tag': 'To replace',
  'apply.correction.replaceFile': 'Replace this file: {reason}',
};
