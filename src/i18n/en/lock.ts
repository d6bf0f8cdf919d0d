// English strings: app lock.
export const lock = {
  'lock.title': 'App lock',
  'lock.settings.link': 'App lock',
  'lock.settings.hint': 'Keep your words behind a passphrase on this device',
  'lock.intro':
    'With lock on, everything you write is encrypted on this device, and Between asks for your passphrase when you come back to it.',

  // Turning on
  'lock.off.title': 'Lock Between with a passphrase',
  'lock.off.what':
    'Between locks itself after a few minutes without a touch, and when you leave it for more than a minute. Reminders still come, with neutral wording only.',
  'lock.off.warning':
    'Please read this first: if you forget your passphrase and lose your recovery key, no one can open your words again — not us, not your therapist. There is no reset.',
  'lock.passphrase': 'Passphrase',
  'lock.passphraseHint': 'At least 8 characters. A few words you will remember is stronger than a short, tricky one.',
  'lock.confirm': 'Type it again',
  'lock.tooShort': 'Please use at least 8 characters.',
  'lock.mismatch': 'These two are not the same yet. Please type the passphrase again.',
  'lock.understand': 'I understand my words can’t be recovered without my passphrase or my recovery key.',
  'lock.understandMissing': 'Please tick this once you have read the note above.',
  'lock.continue': 'Continue',
  'lock.recovery.title': 'Your recovery key',
  'lock.recovery.body':
    'If you ever forget your passphrase, this key opens Between instead. Print it or save it somewhere safe and private — not only on this phone.',
  'lock.recovery.keyLabel': 'Recovery key',
  'lock.recovery.copy': 'Copy',
  'lock.recovery.copied': 'Copied.',
  'lock.recovery.download': 'Save as a file',
  'lock.recovery.print': 'Print',
  'lock.recovery.fileText':
    'Between recovery key\n\n{key}\n\nThis key opens Between on your device if you forget your passphrase. Keep it private.\n',
  'lock.recovery.saved': 'I have saved my recovery key somewhere safe.',
  'lock.recovery.savedMissing': 'Please save the key first, then tick this.',
  'lock.turnOn': 'Turn on lock',
  'lock.back': 'Back',
  'lock.pass.on': 'Protecting your words… {done} of {total}',
  'lock.pass.off': 'Unlocking your words for good… {done} of {total}',
  'lock.pass.label': 'Progress',
  'lock.turnedOn': 'Lock is on. Your words are encrypted on this device.',

  // While on
  'lock.on.title': 'Lock is on',
  'lock.on.body': 'Your words are encrypted on this device.',
  'lock.lockNow': 'Lock now',
  'lock.idle.label': 'Lock after',
  'lock.idle.minutes': '{count} minutes without a touch',
  'lock.idle.oneMinute': '1 minute without a touch',
  'lock.idle.saved': 'Saved.',
  'lock.change.title': 'Change passphrase',
  'lock.change.current': 'Current passphrase',
  'lock.change.next': 'New passphrase',
  'lock.change.button': 'Change passphrase',
  'lock.change.done': 'Your passphrase is changed. Your recovery key still works.',
  'lock.recovered.title': 'Choose a new passphrase',
  'lock.recovered.body': 'You opened Between with your recovery key. Choose a new passphrase so you can unlock it next time.',
  'lock.recovered.button': 'Save new passphrase',
  'lock.off.turnOffTitle': 'Turn off lock',
  'lock.off.turnOffBody':
    'Your words stay on this device, no longer encrypted, and Between stops asking for a passphrase.',
  'lock.turnOff': 'Turn off lock',
  'lock.turnedOff': 'Lock is off.',
  'lock.resuming': 'Finishing what was started before Between closed…',

  // Locked
  'lock.locked.title': 'Between is locked',
  'lock.locked.lead': 'Your words are safe. Enter your passphrase to open them.',
  'lock.unlock': 'Unlock',
  'lock.unlocking': 'Opening…',
  'lock.wrongPassphrase': 'That passphrase doesn’t open Between. Check for capital letters and try again.',
  'lock.useRecovery': 'Use my recovery key instead',
  'lock.usePassphrase': 'Use my passphrase instead',
  'lock.recoveryField': 'Recovery key',
  'lock.recoveryHint': 'Eight groups of four letters and numbers. Spaces and dashes don’t matter.',
  'lock.wrongRecovery': 'That recovery key doesn’t open Between. Check each group of four and try again.',
  'lock.unlockRecovery': 'Unlock with recovery key',
  'lock.help': 'Need help right now?',
  'lock.forgot.title': 'Forgotten both?',
  'lock.forgot.body':
    'Without your passphrase or recovery key, your words can’t be opened by anyone. You can erase everything on this device and start fresh.',
  'lock.problem': 'Something got in the way. Nothing was changed — please try again.',
} as const;
