/** Help shell words in English, key for key as help-shell-messages.ts; loaded only when chosen. */
export const helpShellMessagesEn = {
  'nav.help': 'Help',
  'rejection.ALREADY_TAKEN': 'Another volunteer has already taken this. It has been removed from your list.',
  'rejection.WRONG_STATUS': 'This request has moved on, so this step cannot be done now.',
  'mutation.fileHelpRequest': 'Asking for help',
  'mutation.acceptHelpRequest': 'Taking a request',
  'mutation.dispatchHelpRequest': 'Assigning a request',
  'mutation.startHelpRequest': 'Starting the help',
  'mutation.noteHelpRequest': 'Writing a note',
  'mutation.finishHelpRequest': 'Finishing the help',
  'mutation.confirmHelpRequest': 'Confirming it was done',
  'mutation.cancelHelpRequest': 'Cancelling a request',
  'mutation.confirmHelpHours': 'Confirming service hours',
  'mutation.saveServiceKind': 'Changing a service',
  'mutation.saveVisitSchedule': 'Setting regular visits',
};
