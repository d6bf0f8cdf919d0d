// English strings: today.
export const today = {
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
} as const;
