/**
 * Words of the canteen, Simplified Chinese. The canteen is the first screen, so they load with
 * the shell (the registry registers them at start-up).
 */
import { defineCatalogue } from '../../i18n/catalogue';
import type { Allergen, DishTag } from '../../../shared/canteen/dish';
import type { Meal, ServiceMode } from '../../../shared/canteen/canteen';
import type { TierKind } from '../../../shared/canteen/price-tier';

/** Keys the catalogue must hold because the canteen's domain names them. */
type CanteenDomainKey = `dishTag.${DishTag}` | `allergen.${Allergen}` | `meal.${Meal}` | `mode.${ServiceMode}` | `priceTier.${TierKind}`;

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
  'price.fixed': '{price}',
  'price.weighed': '约 {price} · 按称重结算',
  'rejection.SLOT_FULL': '这一餐已经订满了，没能为您预订。',
  'rejection.PAST_CUTOFF': '已经过了截止时间，没能办成。',
  'rejection.ALREADY_BOOKED': '这一餐已经订过了，不用再订。',
  'rejection.NOT_ELIGIBLE': '年龄或送餐条件不符合，没能为您预订。',
  'rejection.MODE_UNAVAILABLE': '这一餐不提供您选的用餐方式，请换一种。',
  'rejection.ALREADY_CANCELLED': '这份预订已经取消过了。',
  'rejection.SEATS_BELOW_BOOKED': '已经有人订了这么多座位，座位数不能再少了。',
  'rejection.NOTHING_TO_COPY': '上周没有菜单可复制，或者本周每一餐都已经有了。',
  'rejection.NOTHING_TO_PUBLISH': '这一周没有待发布的草稿。',
  'rejection.ALREADY_PUBLISHED': '这一餐已经发布，居民已经看到了，不能删除。',
  'dishTag.soft': '软食',
  'dishTag.lowSalt': '低盐',
  'dishTag.lowOil': '少油',
  'dishTag.lowSugar': '低糖',
  'dishTag.halal': '清真',
  'dishTag.vegetarian': '素食',
  'dishTag.meat': '荤菜',
  'dishTag.vegetable': '素菜',
  'dishTag.staple': '主食',
  'dishTag.soup': '汤',
  'dishTag.spicy': '辣',
  'allergen.gluten': '麸质',
  'allergen.shellfish': '虾蟹贝',
  'allergen.fish': '鱼',
  'allergen.egg': '蛋',
  'allergen.peanut': '花生',
  'allergen.soy': '大豆',
  'allergen.milk': '奶',
  'allergen.treeNut': '坚果',
  'allergen.sesame': '芝麻',
  'menu.allergens': '含{list}',
  'menu.manage': '菜单管理',
  'meal.lunch': '午餐',
  'meal.dinner': '晚餐',
  'mode.dineIn': '堂食',
  'mode.pickup': '自取',
  'mode.delivery': '送餐',
  'priceTier.standard': '',
  'priceTier.elder': '助老价',
  'priceTier.group': '爱心午餐',
  'bookings.rejectedMeal': '{date} {meal}',

  'mutation.bookMeal': '预订',
  'mutation.cancelBooking': '取消预订',
  'mutation.setSlotSeats': '修改座位数',
  'mutation.saveDish': '保存菜品',
  'mutation.saveMealSlot': '保存这一餐',
  'mutation.removeMealSlot': '删除这一餐',
  'mutation.copyLastWeekMenu': '复制上周菜单',
  'mutation.publishWeekMenu': '发布菜单',
  'mutation.setPriceTiers': '修改价格档',

  // the counter's, diet notes', standing orders' and delivery's: the rejections banner and the links to their screens
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
} as const satisfies Record<CanteenDomainKey, string> & Record<string, string>;

/** Canteen words in every language; the translations are canteen-messages.zh-tw.ts and canteen-messages.en.ts beside this file. */
export const canteenMessages = defineCatalogue(canteenMessagesZhCN, {
  'zh-TW': () => import('./canteen-messages.zh-tw').then((m) => m.canteenMessagesZhTW),
  en: () => import('./canteen-messages.en').then((m) => m.canteenMessagesEn),
});

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof canteenMessagesZhCN, string> {}
}
