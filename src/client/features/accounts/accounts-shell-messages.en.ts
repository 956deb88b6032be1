/** Accounts shell words in English, key for key as accounts-shell-messages.ts; loaded only when chosen. */
export const accountsShellMessagesEn = {
  'nav.account': 'Me',
  'rejection.CARD_ALREADY_REVOKED': 'This service card has already been stopped.',
  'rejection.LINK_ANSWERED': 'This request has already been answered.',
  'rejection.ALREADY_LINKED': 'You are already linked as family.',
  'rejection.PHONE_TAKEN': 'This phone number is already registered to someone else.',
  'mutation.issueServiceCard': 'Making a service card',
  'mutation.revokeServiceCard': 'Stopping a service card',
  'mutation.requestHouseholdLink': 'Adding family',
  'mutation.answerHouseholdLink': 'Answering a family request',
  'mutation.registerResident': 'Registering a resident',
  'mutation.attachPhone': 'Registering a phone number',
  'mutation.setMemberRole': 'Changing a role',
};
