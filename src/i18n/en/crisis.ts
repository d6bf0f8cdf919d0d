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
  'safety.title': 'Thank you for answering honestly',
  'safety.body':
    'You said you have had thoughts of being better off dead or of hurting yourself. That can feel very heavy, and you do not have to carry it alone. If you might act on these thoughts, please call now — someone will listen.',
  'safety.therapist':
    'It may also help to tell your therapist about these thoughts. You can finish the questionnaire later; your answers so far are kept.',
  'safety.allNumbers': 'All crisis numbers (Need help now)',
  'crisisCountry.title': 'Crisis numbers',
  'crisisCountry.body': 'Choose where you are, so the right numbers come first. Every listed country stays on the Need help now screen.',
  'crisisCountry.label': 'Show numbers for',
  'crisisCountry.auto': 'Guess from my language settings',
  'crisisCountry.elsewhere': 'Somewhere else',
  'crisisCountry.saved': 'Saved.',
} as const;
