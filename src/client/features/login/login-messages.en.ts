/** Login words in English, key for key as login-messages.ts; loaded only when chosen. */
export const loginMessagesEn = {
  'display.offerTitle': 'Is the text too small to read?',
  'display.offerText': 'Turn on elder mode to make text and buttons bigger. You can turn it on or off at any time under “Display settings”.',
  'display.offerAccept': 'Turn on elder mode',
  'display.offerDecline': 'No, thanks',
  'login.title': 'Log in to Linlitong',
  'login.intro': 'Please log in with the mobile number you registered with your community.',
  'login.phone': 'Mobile number',
  'login.code': 'Code',
  'login.sendCode': 'Get a code',
  'login.sending': 'Sending…',
  'login.codeSent': 'The code has been sent. Please look at your text messages.',
  'login.demoCode': 'Demo code: {code}',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.phoneInvalid': 'The mobile number is not right: please enter 11 digits starting with 1.',
  'login.codeInvalid': 'The code is not right: please enter 6 digits.',
};
