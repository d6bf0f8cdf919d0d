// English strings: goals.
export const goals = {
  'goals.title': 'Goals',
  'goals.empty.title': 'No goals yet',
  'goals.empty.body':
    'Goals you set, on your own or with your therapist, and the small steps that serve them will appear here.',
} as const;
