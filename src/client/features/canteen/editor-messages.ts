/**
 * Words of the menu editor (菜单管理), Simplified Chinese. They load with the editor, which only
 * canteen staff open, never with the menu.
 */
import { defineCatalogue } from '../../i18n/catalogue';
import { registerMessages } from '../../i18n/t';

/** Menu editor words in Simplified Chinese. */
export const editorMessagesZhCN = {
  'editor.title': '菜单管理',
  'editor.back': '返回菜单',
  'editor.notStaff': '只有本社区食堂的工作人员可以管理菜单。',
  'editor.canteen': '食堂',
  'editor.week': '哪一周',
  'editor.week0': '本周',
  'editor.week1': '下周',
  'editor.week2': '下下周',
  'editor.weekOf': '{from} 至 {to}',
  'editor.summary': '已发布 {published} 餐，草稿 {drafts} 餐（草稿居民看不到）',
  'editor.copy': '复制上周菜单',
  'editor.copyHint': '把{from}的每一餐复制到{to}，成为草稿；已有的餐次不变。',
  'editor.publish': '发布{week}菜单',
  'editor.publishTitle': '发布{week}菜单吗？',
  'editor.publishMessage': '{count} 餐草稿将发布。居民下次同步后就能看到并预订，发布后不能删除。',
  'editor.publishConfirm': '确认发布',
  'editor.publishKeep': '先不发布',
  'editor.nothingToPublish': '这一周没有草稿要发布。',
  'editor.draft': '草稿',
  'editor.published': '已发布',
  'editor.closed': '不供应',
  'editor.addMeal': '添加{meal}',
  'editor.editMeal': '修改{meal}',
  'editor.removeMeal': '删除这一餐',
  'editor.removeTitle': '删除这一餐草稿吗？',
  'editor.removeMessage': '{date} {meal}的草稿将删除。',
  'editor.removeConfirm': '删除',
  'editor.removeKeep': '保留',
  'editor.seats': '座位数',
  'editor.seatsBooked': '已订 {count} 座',
  'editor.saveSeats': '保存座位数',
  'editor.seatsTooFew': '已经订出 {count} 座，座位数不能少于 {count}。',
  'editor.mealDishes': '这一餐的菜品',
  'editor.cutoffDate': '预订截止日期',
  'editor.cutoffTime': '预订截止时间',
  'editor.modes': '用餐方式',
  'editor.saveMeal': '保存这一餐',
  'editor.cancel': '取消',
  'editor.noDishes': '还没有菜品：请先在下面“菜品”里添加。',
  'editor.dishes': '菜品',
  'editor.addDish': '添加菜品',
  'editor.editDish': '修改{name}',
  'editor.dishName': '菜名',
  'editor.tags': '标签',
  'editor.allergens': '含过敏原',
  'editor.photo': '照片（可以不加）',
  'editor.removePhoto': '去掉照片',
  'editor.saveDish': '保存菜品',
  'editor.photoShrinking': '正在缩小照片…',
  'editor.photoWaiting': '照片在手机上，有信号时自动上传',
  'editor.photoUnreadable': '这张照片打不开，请换一张。',
  'editor.photoRefused': '有 {count} 张照片服务器没有收下，请重新选择。',
  'editor.tiers': '价格档',
  'editor.weighedNote': '称重计费：下面是估价，实际按称重结算；爱心午餐是固定价。',
  'editor.fixedNote': '固定价格。',
  'editor.tierStandard': '标准价（所有人）',
  'editor.tierElder': '助老价：{age} 岁起',
  'editor.tierGroup': '爱心午餐：{group}（只有午餐，固定价）',
  'editor.lunchPrice': '午餐价格（元）',
  'editor.dinnerPrice': '晚餐价格（元）',
  'editor.priceOptional': '留空表示这一餐不适用',
  'editor.elderAge': '从几岁起（需核实出生日期）',
  'editor.addElderTier': '添加一档助老价',
  'editor.addGroupTier': '添加爱心午餐（新就业群体）',
  'editor.removeTier': '删除这一档',
  'editor.saveTiers': '保存价格档',
  'editor.priceUnreadable': '看不懂这个金额，请写成 9.90 这样。',
  'editor.ageUnreadable': '请填写 50 到 120 之间的年龄。',
  'editor.invalid.cutoffAt': '截止时间要在这一餐当天或之前，最多提前 14 天。',
  'editor.invalid.name': '请填写菜名（不超过 20 个字）。',
  'editor.invalid.dishIds': '请至少选一道菜，每道菜只选一次。',
  'editor.invalid.modes': '请至少选一种用餐方式。',
  'editor.invalid.tiers': '价格档不完整：标准价要有午餐和晚餐价格，每档年龄不能重复。',
  'group.newEmployment': '新就业群体',
} as const;

/** Menu editor words in every language; the translations are editor-messages.zh-tw.ts and editor-messages.en.ts beside this file. */
export const editorMessages = defineCatalogue(editorMessagesZhCN, {
  'zh-TW': () => import('./editor-messages.zh-tw').then((m) => m.editorMessagesZhTW),
  en: () => import('./editor-messages.en').then((m) => m.editorMessagesEn),
});

registerMessages(editorMessages);

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof editorMessagesZhCN, string> {}
}
