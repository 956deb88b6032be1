/** The PWA words in English, key for key as pwa-messages.ts; loaded only when chosen. */
export const pwaMessagesEn = {
  'pwa.updateReady': 'A new version is ready. Tap here to update',
  'pwa.updating': 'Updating…',
  'pwa.updateKeepsWork': 'Bookings and sign-ups not yet sent will be kept.',
  'pwa.persistLabel': 'Keep on this phone',
  'pwa.persistWhy': 'So that your bookings are not lost when there is no signal, please allow keeping them on this phone.',
  'pwa.persistAllow': 'Allow',
  'pwa.installLabel': 'Add to home screen',
  'pwa.installWhy': 'Add Linlitong to your home screen to open it with one tap.',
  'pwa.install': 'Add to home screen',
  'pwa.iosBefore': 'Tap the Share button at the bottom of the screen',
  'pwa.iosAfter': ', then choose “Add to Home Screen”.',
  'pwa.notNow': 'Not now',
  'pwa.gotIt': 'OK',
  'pwa.shortcutCanteen': 'Meals',
  'pwa.shortcutEvents': 'Events',
  'pwa.shortcutHelp': 'Help',
};
