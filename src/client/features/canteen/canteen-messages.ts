/**
 * Words of the canteen, Simplified Chinese. The canteen is the first screen, so they load with
 * the shell (the registry registers them at start-up).
 */
import type { DishTag } from '../../../shared/canteen/dish';
import type { Meal, ServiceMode } from '../../../shared/canteen/canteen';
import type { PriceTier } from '../../../shared/canteen/meal-slot';

/** Keys the catalogue must hold because the canteen's domain names them. */
type CanteenDomainKey = `dishTag.${DishTag}` | `meal.${Meal}` | `mode.${ServiceMode}` | `priceTier.${PriceTier}`;

/** Canteen messages in Simplified Chinese. */
export const canteenMessagesZhCN = {
  'nav.canteen': '食堂',
  'nav.bookings': '我的预订',
  'menu.title': '本周菜单',
  'menu.canteen': '选择食堂',
  'menu.week': '选择周次',
  'menu.thisWeek': '本周',
  'menu.nextWeek': '下周',
  'menu.noCanteen': '您所在的社区还没有食堂。',
  'menu.missing': '食堂和菜单',
  'menu.noSlots': '这一周还没有公布菜单。',
  'menu.allClosed': '这一周的餐都已截止，请看下周。',
  'menu.next': '下一顿可订',
  'menu.pickDay': '选择哪一天',
  'menu.dayOfMonth': '{day}日',
  'menu.pastDays': '已过去的日子（{count} 餐已截止）',
  'menu.noMeal': '这天不供应',
  'menu.seatsLeft': '剩余 {count} 座',
  'menu.full': '已订满',
  'menu.cutoff': '{time} 截止',
  'menu.cutoffOn': '{date} {time} 截止',
  'menu.closed': '已截止',
  'menu.book': '预订',
  'menu.cancel': '取消预订',
  'menu.bookedFor': '{name}：',
  'menu.refused': '没订上（{name}）：',
  'menu.refusedOk': '知道了',
  'menu.refusedRead': '知道了：{name}没订上',
  'menu.cancelTitle': '取消这一餐吗？',
  'menu.cancelMessage': '{date} {meal}，{name}。取消后座位会让给别人；截止前还可以再订。',
  'menu.cancelKeep': '不取消，保留预订',
  'menu.dishes': '菜品',
  'price.fixed': '¥{yuan}',
  'price.weighed': '约 ¥{yuan} · 按称重结算',
  'rejection.SLOT_FULL': '这一餐已经订满了，没能为您预订。',
  'rejection.PAST_CUTOFF': '已经过了截止时间，没能办成。',
  'rejection.ALREADY_BOOKED': '这一餐已经订过了，不用再订。',
  'rejection.NOT_ELIGIBLE': '年龄或送餐条件不符合，没能为您预订。',
  'rejection.MODE_UNAVAILABLE': '这一餐不提供您选的用餐方式，请换一种。',
  'rejection.ALREADY_CANCELLED': '这份预订已经取消过了。',
  'rejection.SEATS_BELOW_BOOKED': '已经有人订了这么多座位，座位数不能再少了。',
  'dishTag.soft': '软食',
  'dishTag.lowSalt': '低盐',
  'dishTag.lowSugar': '低糖',
  'dishTag.meat': '荤菜',
  'dishTag.vegetable': '素菜',
  'dishTag.staple': '主食',
  'dishTag.soup': '汤',
  'dishTag.spicy': '辣',
  'meal.lunch': '午餐',
  'meal.dinner': '晚餐',
  'mode.dineIn': '堂食',
  'mode.pickup': '自取',
  'mode.delivery': '送餐',
  'priceTier.standard': '',
  'priceTier.elder': '助老价',
  'priceTier.worker': '爱心午餐',
  'bookings.rejectedMeal': '{date} {meal}',

  'mutation.bookMeal': '预订',
  'mutation.cancelBooking': '取消预订',
  'mutation.setSlotSeats': '修改座位数',
} as const satisfies Record<CanteenDomainKey, string> & Record<string, string>;

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof canteenMessagesZhCN, string> {}
}
