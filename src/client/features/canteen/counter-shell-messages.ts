import { defineCatalogue } from '../../i18n/catalogue';
import { registerMessages } from '../../i18n/t';

/**
 * Words of the canteen's counter, diet notes and standing orders that the shell needs before
 * their screens load: the names of their mutations and rejection codes (the rejections banner),
 * and the links that lead to the screens. Simplified Chinese; the screens' own words load with them.
 */
export const counterShellMessagesZhCN = {
  'rejection.ALREADY_SERVED': '这份餐已经有人记录取餐了。',
  'mutation.serveMeal': '记录取餐',
  'mutation.serveWalkIn': '现场登记取餐',
  'mutation.saveDietNote': '保存饮食注意',
  'mutation.saveStandingOrder': '长期订餐',
  'mutation.pauseStandingOrder': '暂停长期订餐',
  'mutation.resumeStandingOrder': '恢复长期订餐',
  'mutation.endStandingOrder': '停止长期订餐',
  'mutation.saveDeliveryProfile': '登记送餐地址',
  'mutation.markMealDelivered': '送餐到家',
  'canteenLinks.label': '食堂其他功能',
  'canteenLinks.prepList': '备餐单',
  'canteenLinks.counter': '柜台',
  'canteenLinks.standing': '长期订餐',
  'canteenLinks.diet': '饮食注意',
  'canteenLinks.statement': '月账单',
  'canteenLinks.delivery': '送餐上门',
} as const;

/** The counter's shell words in every language; translations beside this file. */
export const counterShellMessages = defineCatalogue(counterShellMessagesZhCN, {
  'zh-TW': () => import('./counter-shell-messages.zh-tw').then((m) => m.counterShellMessagesZhTW),
  en: () => import('./counter-shell-messages.en').then((m) => m.counterShellMessagesEn),
});

registerMessages(counterShellMessages);

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof counterShellMessagesZhCN, string> {}
}
