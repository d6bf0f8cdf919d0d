// English strings: progress.
export const progress = {
  'progress.title': 'Progress',
  'progress.empty.title': 'Nothing to show yet',
  'progress.empty.body':
    'Once you check in and practise small steps, you will see how things are moving over time. There is no score to keep up.',
} as const;
