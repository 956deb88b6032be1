/**
 * Words of the booking panel and of 我的预订, Simplified Chinese. They load with those parts (both
 * load on first use), not with the menu.
 */
import { defineCatalogue } from '../../i18n/catalogue';
import { registerMessages } from '../../i18n/t';

/** Booking words in Simplified Chinese. */
export const bookingMessagesZhCN = {
  'panel.title': '预订 {date} {meal}',
  'panel.diner': '谁来吃',
  'panel.self': '我自己（{name}）',
  'panel.mode': '用餐方式',
  'panel.confirm': '确认预订',
  'panel.close': '关闭',
  'panel.noMode': '这一餐只能送餐，送餐只为 {age} 岁以上的老人提供。',
  'panel.noneLeft': '家里每个人都已经订好这一餐了。',
  'bookings.title': '我的预订',
  'bookings.empty': '您还没有预订。',
  'bookings.date': '日期',
  'bookings.canteen': '食堂',
  'bookings.diner': '用餐人',
  'bookings.mode': '方式',
  'bookings.price': '价格',
  'bookings.refused': '没订上',
  'bookings.back': '返回我的预订',
  'bookings.notFound': '这部手机上没有这份预订：它可能已经取消了。',
  'bookings.ticket': '取餐码',
  'bookings.charged': '实收 {price}',
  'bookings.chargedWeighed': '实收 {price}（{grams} 克）',
  'bookings.servedAt': '已取餐 {time}',
  'bookings.standing': '长期订餐自动预订',
} as const;

/** Booking words in every language; the translations are booking-messages.zh-tw.ts and booking-messages.en.ts beside this file. */
export const bookingMessages = defineCatalogue(bookingMessagesZhCN, {
  'zh-TW': () => import('./booking-messages.zh-tw').then((m) => m.bookingMessagesZhTW),
  en: () => import('./booking-messages.en').then((m) => m.bookingMessagesEn),
});

registerMessages(bookingMessages);

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof bookingMessagesZhCN, string> {}
}
