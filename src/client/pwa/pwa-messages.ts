/**
 * Words of the app about itself (a new version, keeping data on the phone, adding it to the home
 * screen), Simplified Chinese. They load after the page, with the banner that shows them, not
 * with the first screen (see register-pwa-messages). This file imports nothing, so vite.config.ts
 * reads the manifest's shortcut names from it too.
 */

/** PWA messages in Simplified Chinese, in plain words for elders. */
export const pwaMessagesZhCN = {
  'pwa.updateReady': '有新版本，点此更新',
  'pwa.updating': '正在更新…',
  'pwa.updateKeepsWork': '还没发送的预订和报名都会保留。',
  'pwa.persistLabel': '保存在手机上',
  'pwa.persistWhy': '为了没有信号时也不丢失您的预订，请允许保存在手机上。',
  'pwa.persistAllow': '允许保存',
  'pwa.installLabel': '放到手机桌面',
  'pwa.installWhy': '把邻里通放到手机桌面，以后点一下就能打开。',
  'pwa.install': '放到桌面',
  'pwa.iosBefore': '点屏幕下方的分享按钮',
  'pwa.iosAfter': '，再选“添加到主屏幕”。',
  'pwa.notNow': '以后再说',
  'pwa.gotIt': '知道了',
  'pwa.shortcutCanteen': '订餐',
  'pwa.shortcutEvents': '活动',
  'pwa.shortcutHelp': '求助',
} as const;
