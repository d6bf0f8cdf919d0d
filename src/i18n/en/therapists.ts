// English strings: therapists.
export const therapists = {
  'therapists.title': 'For therapists',
  'therapists.empty.title': 'Coming soon',
  'therapists.empty.body':
    'Here you will be able to write a reflective question for a client and turn it into a link or QR code. Nothing will pass through any server.',
} as const;
