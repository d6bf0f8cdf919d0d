// English strings: journal.
export const journal = {
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
} as const;
