// Every user-facing string for English lives here. Other locales copy this shape.
export const en = {
  'app.name': 'Between',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Opening…',

  'nav.label': 'Main',
  'nav.today': 'Today',
  'nav.journal': 'Journal',
  'nav.goals': 'Goals',
  'nav.progress': 'Progress',
  'nav.more': 'More',

  'today.title': 'Today',
  'today.greeting.morning': 'Good morning.',
  'today.greeting.afternoon': 'Good afternoon.',
  'today.greeting.evening': 'Good evening.',
  'today.empty.title': 'Nothing is waiting for you',
  'today.empty.body':
    'This is your space for the days between sessions. As you add goals, small steps and questions from your therapist, what is due today will gather here.',
  'today.capture.title': 'Quick note',
  'today.capture.soon':
    'Noting a success, a surprise or a journal line from here is on its way. For now, your words are safest in the Journal once it opens.',

  'journal.title': 'Journal',
  'journal.empty.title': 'Your journal will live here',
  'journal.empty.body':
    'Soon you can write here, answer prompts and the question your therapist set. Everything you write stays on this device.',
  'journal.new.title': 'New entry',
  'journal.new.soon':
    'The journal editor is on its way. When it arrives, anything kept here as a draft will be waiting in it.',
  'journal.new.kept': 'What you shared is kept as a draft on this device.',
  'journal.new.draftLabel': 'Your draft',
  'journal.new.noDraft': 'There is no draft yet.',

  'goals.title': 'Goals',
  'goals.empty.title': 'No goals yet',
  'goals.empty.body':
    'Goals you set, on your own or with your therapist, and the small steps that serve them will appear here.',

  'progress.title': 'Progress',
  'progress.empty.title': 'Nothing to show yet',
  'progress.empty.body':
    'Once you check in and practise small steps, you will see how things are moving over time. There is no score to keep up.',

  'more.title': 'More',
  'more.settings': 'Settings',
  'more.settings.hint': 'Storage, theme, and how your data is kept',
  'more.therapists': 'For therapists',
  'more.therapists.hint': 'Compose a reflective question for a client',
  'more.help': 'Need help now',
  'more.help.hint': 'Crisis lines and emergency numbers',
  'more.about': 'About Between',
  'more.about.body':
    'Between keeps everything you write on this device. There is no account and nothing is sent anywhere unless you choose to share or back it up.',

  'therapists.title': 'For therapists',
  'therapists.empty.title': 'Coming soon',
  'therapists.empty.body':
    'Here you will be able to write a reflective question for a client and turn it into a link or QR code. Nothing will pass through any server.',

  'help.title': 'Need help now',
  'help.intro':
    'If you are in danger or thinking about ending your life, please reach out now. You do not have to go through this alone.',
  'help.emergency': 'Emergency',
  'help.call': 'Call {number}',
  'help.text': 'Text {number}',
  'help.elsewhere':
    'Anywhere else: contact your local emergency number or a crisis line near you.',
  'help.note.free247': 'free, 24/7',
  'help.therapist': 'When you feel able, it may help to tell your therapist how things have been.',

  'settings.title': 'Settings',
  'settings.storage.title': 'Storage on this device',
  'settings.storage.persisted': 'This browser has agreed to keep your data.',
  'settings.storage.notPersisted':
    'This browser may clear your data if the device runs low on space. Installing Between to your home screen usually helps it keep your data.',
  'settings.storage.unknown': 'This browser does not say whether it will keep your data.',
  'settings.storage.askAgain': 'Ask the browser to keep my data',
  'settings.storage.usage': 'Using {used} of about {quota} available.',
  'settings.storage.usageUnknown': 'This browser does not report how much space is used.',
  'settings.storage.lastBackup': 'Last backup: {when}.',
  'settings.storage.noBackup': 'No backup yet. Backups are coming in a later version.',
  'settings.storage.counts': 'What is stored',
  'settings.storage.countsEmpty': 'Nothing yet.',
  'settings.appearance.title': 'Appearance',
  'settings.appearance.body':
    'Between follows your device’s light or dark setting and its text size, and keeps movement to a minimum when your device asks for less motion.',
  'settings.version': 'Version {version}',

  'update.ready': 'A new version is ready.',
  'update.action': 'Update',
  'update.later': 'Later',
  'update.saving': 'Saving your words first…',
  'offline.ready': 'Between now works offline.',
  'offline.dismiss': 'OK',
  'otherTab.body': 'Between was updated in another tab.',
  'otherTab.action': 'Reload',

  'error.title': 'Something went wrong on this screen',
  'error.body': 'Your saved words are safe on this device. Reloading usually helps.',
  'error.reload': 'Reload',

  'notFound.title': 'This page does not exist',
  'notFound.body': 'The link may be old. You can go back to Today.',
  'notFound.home': 'Go to Today',

  'counts.journalEntries': 'Journal entries',
  'counts.prompts': 'Your prompts',
  'counts.questions': 'Therapist questions',
  'counts.logItems': 'Successes and surprises',
  'counts.goals': 'Goals',
  'counts.goalRevisions': 'Goal changes',
  'counts.milestones': 'Small steps',
  'counts.checkoffs': 'Practice records',
  'counts.checkins': 'Check-ins',
  'counts.measureResults': 'Questionnaires',
  'counts.sessions': 'Sessions',
  'counts.letters': 'Letters',
  'counts.patterns': 'Patterns',
  'counts.patternLogs': 'Pattern notes',
  'counts.reminders': 'Reminders',
  'counts.drafts': 'Drafts',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
