/** Login words in Traditional Chinese, key for key as login-messages.ts; loaded only when chosen. */
export const loginMessagesZhTW = {
  'display.offerTitle': '字太小、看不清楚？',
  'display.offerText': '開啟長輩模式，字和按鈕都會變大。以後也可以在「顯示設定」裡隨時開啟或關閉。',
  'display.offerAccept': '開啟長輩模式',
  'display.offerDecline': '不用了',
  'login.title': '登入鄰里通',
  'login.intro': '請用您在社區登記的手機號碼登入。',
  'login.phone': '手機號碼',
  'login.code': '驗證碼',
  'login.sendCode': '取得驗證碼',
  'login.sending': '正在傳送…',
  'login.codeSent': '驗證碼已傳送，請查看簡訊。',
  'login.demoCode': '示範驗證碼：{code}',
  'login.submit': '登入',
  'login.submitting': '正在登入…',
  'login.phoneInvalid': '手機號碼不對：請輸入以 1 開頭的 11 位數字。',
  'login.codeInvalid': '驗證碼不對：請輸入 6 位數字。',
};
