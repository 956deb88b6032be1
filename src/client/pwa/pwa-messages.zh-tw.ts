/** The PWA words in Traditional Chinese, key for key as pwa-messages.ts; loaded only when chosen. */
export const pwaMessagesZhTW = {
  'pwa.updateReady': '有新版本，點這裡更新',
  'pwa.updating': '正在更新…',
  'pwa.updateKeepsWork': '還沒送出的預訂和報名都會保留。',
  'pwa.persistLabel': '儲存在手機上',
  'pwa.persistWhy': '為了沒有訊號時也不會遺失您的預訂，請允許儲存在手機上。',
  'pwa.persistAllow': '允許儲存',
  'pwa.installLabel': '加到手機主畫面',
  'pwa.installWhy': '把鄰里通加到手機主畫面，以後點一下就能開啟。',
  'pwa.install': '加到主畫面',
  'pwa.iosBefore': '點螢幕下方的分享按鈕',
  'pwa.iosAfter': '，再選「加入主畫面」。',
  'pwa.notNow': '以後再說',
  'pwa.gotIt': '知道了',
  'pwa.shortcutCanteen': '訂餐',
  'pwa.shortcutEvents': '活動',
  'pwa.shortcutHelp': '求助',
};
