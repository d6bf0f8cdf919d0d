// English strings: crisis.
export const crisis = {
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
} as const;
