/** Session-end words in English, key for key as session-end-messages.ts; loaded only when chosen. */
export const sessionEndMessagesEn = {
  'sessionEnd.endedByUser': 'You logged this phone out from another phone.',
  'sessionEnd.endedByStaff': 'Community staff logged this phone out (for example because it was lost or replaced).',
  'sessionEnd.loginRevoked': 'The community stopped the service card you logged in with, so this phone has been logged out. Get a new card from the community, or log in with your phone number.',
  'sessionEnd.dataDeleted': 'Your personal data has been deleted, and so has the copy on this phone.',
  'sessionEnd.expired': 'The app was not used for a long time, so the login has expired. Please log in again.',
  'sessionEnd.queueKept': 'What has not reached the community yet is still on this phone and is sent by itself after you log in again.',
};
