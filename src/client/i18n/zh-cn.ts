import type { ApiErrorCode } from '../../shared/api-error';
import type { RejectionCode } from '../../shared/rejection';
import type { DishTag } from '../../shared/canteen/dish';
import type { Meal, ServiceMode } from '../../shared/canteen/canteen';
import type { PriceTier } from '../../shared/canteen/meal-slot';
import type { MutationName } from '../../shared/sync/mutations';

/** Keys every catalogue must hold because the domain names them: adding a code fails the build here. */
export type DomainMessageKey =
  | `rejection.${RejectionCode}`
  | `apiError.${ApiErrorCode}`
  | `dishTag.${DishTag}`
  | `meal.${Meal}`
  | `mode.${ServiceMode}`
  | `priceTier.${PriceTier}`
  | `mutation.${MutationName}`;

/** The Simplified Chinese catalogue: the source language, written in plain words for elders. */
export const zhCN = {
  'app.name': '邻里通',
  'app.loading': '正在打开…',
  'app.skipToContent': '跳到正文',

  'nav.label': '主要栏目',
  'nav.canteen': '食堂',
  'nav.bookings': '我的预订',

  'sync.offline': '离线',
  'sync.offlinePending': '离线 · 待同步 {count} 项',
  'sync.syncing': '同步中…',
  'sync.pending': '待同步 {count} 项',
  'sync.synced': '已同步',
  'sync.label': '同步状态',

  'header.logout': '退出登录',
  'header.user': '当前用户：{name}',

  'logout.pendingWarning': '还有 {count} 项没有同步到社区，现在退出，这些操作会丢失。确定退出吗？',
  'login.title': '登录邻里通',
  'login.intro': '请用您在社区登记的手机号码登录。',
  'login.phone': '手机号码',
  'login.code': '验证码',
  'login.sendCode': '获取验证码',
  'login.sending': '正在发送…',
  'login.codeSent': '验证码已发送，请查看短信。',
  'login.demoCode': '演示验证码：{code}',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.phoneInvalid': '手机号码不对：请输入以 1 开头的 11 位数字。',
  'login.codeInvalid': '验证码不对：请输入 6 位数字。',

  'menu.title': '本周菜单',
  'menu.canteen': '选择食堂',
  'menu.week': '选择周次',
  'menu.thisWeek': '本周',
  'menu.nextWeek': '下周',
  'menu.noCanteen': '您所在的社区还没有食堂。',
  'menu.noSlots': '这一周还没有公布菜单。',
  'menu.noMeal': '这天不供应',
  'menu.today': '今天',
  'menu.date': '{month}月{day}日 {weekday}',
  'menu.seatsLeft': '剩余 {count} 座',
  'menu.full': '已订满',
  'menu.cutoff': '{time} 截止',
  'menu.cutoffOn': '{date} {time} 截止',
  'menu.closed': '已截止',
  'menu.book': '预订',
  'menu.cancel': '取消预订',
  'menu.bookedFor': '{name}：',
  'menu.dishes': '菜品',

  'weekday.1': '周一',
  'weekday.2': '周二',
  'weekday.3': '周三',
  'weekday.4': '周四',
  'weekday.5': '周五',
  'weekday.6': '周六',
  'weekday.7': '周日',

  'status.confirmed': '已预订',
  'status.pending': '待同步',

  'price.fixed': '¥{yuan}',
  'price.weighed': '约 ¥{yuan} · 按称重结算',

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
  'bookings.cancelled': '已取消预订。',
  'bookings.booked': '已为{name}预订，网络通畅时会自动同步。',

  'rejections.title': '有 {count} 项操作未能完成',
  'rejections.item': '{what}：{reason}',
  'rejections.what': '{date} {meal} {action}',
  'rejections.dismiss': '知道了',

  'toast.close': '关闭提示',

  'error.network': '网络连接不上，请检查网络后再试。',
  'error.unknown': '出了点问题，请稍后再试。',

  'rejection.INVALID': '提交的信息有误，没能办成，请再试一次。',
  'rejection.UNKNOWN_MUTATION': '这项操作暂时办不了，请更新应用后再试。',
  'rejection.NOT_FOUND': '没有找到这一项，可能已经被更改或删除了。',
  'rejection.FORBIDDEN': '您不能为这位家人或在这个食堂办理这件事。',
  'rejection.SLOT_FULL': '这一餐已经订满了，没能为您预订。',
  'rejection.PAST_CUTOFF': '已经过了截止时间，没能办成。',
  'rejection.ALREADY_BOOKED': '这一餐已经订过了，不用再订。',
  'rejection.NOT_ELIGIBLE': '年龄或送餐条件不符合，没能为您预订。',
  'rejection.MODE_UNAVAILABLE': '这一餐不提供您选的用餐方式，请换一种。',
  'rejection.ALREADY_CANCELLED': '这份预订已经取消过了。',
  'rejection.SEATS_BELOW_BOOKED': '已经有人订了这么多座位，座位数不能再少了。',

  'apiError.INVALID': '填写的内容有误，请检查后再试。',
  'apiError.UNAUTHENTICATED': '登录已过期，请重新登录。',
  'apiError.FORBIDDEN': '您没有权限做这件事。',
  'apiError.NOT_FOUND': '没有找到您要的内容。',
  'apiError.CODE_INVALID': '验证码不对，请再看一下短信。',
  'apiError.CODE_EXPIRED': '验证码已过期，请重新获取。',
  'apiError.TOO_MANY_ATTEMPTS': '尝试次数太多了，请过几分钟再试。',
  'apiError.PHONE_NOT_REGISTERED': '这个手机号码还没有在社区登记，请联系社区工作人员。',
  'apiError.PAYLOAD_TOO_LARGE': '一次发送的内容太多，请稍后再试。',
  'apiError.INTERNAL': '系统出了点问题，请稍后再试。',

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

  'mutation.bookMeal': '预订',
  'mutation.cancelBooking': '取消预订',
  'mutation.setSlotSeats': '修改座位数',

  // events (活动)
  'nav.events': '活动',
  'rejection.EVENT_CANCELLED': '这个活动已经取消了。',
  'rejection.EVENT_STARTED': '活动已经开始，不能再更改了。',
  'rejection.SIGNUP_CLOSED': '报名已经截止了。',
  'rejection.AGE_OUT_OF_RANGE': '参加人员的年龄不符合这个活动的要求。',
  'rejection.PARTY_TOO_LARGE': '人数超过了剩余名额。',
  'rejection.ALREADY_SIGNED_UP': '您家已经报名了这个活动，每户只能报名一次。',
  'rejection.NO_OFFER': '这个候补名额已经过期或不存在了。',
  'rejection.NOT_CONFIRMED': '这一户还没有确认的名额，不能签到。',
  'rejection.ALREADY_CHECKED_IN': '这张凭证已经签到过了。',
  'rejection.CAPACITY_BELOW_TAKEN': '已报名的人数比这个名额多，名额不能再少了。',
  'rejection.ALREADY_VOTED': '您已经投过票了。',
  'mutation.addHouseholdMember': '添加家庭成员',
  'mutation.signUpForEvent': '活动报名',
  'mutation.cancelSignup': '取消活动报名',
  'mutation.changeSignupParty': '修改参加人员',
  'mutation.answerSignupOffer': '确认候补名额',
  'mutation.checkInSignup': '签到',
  'mutation.createEvent': '发布活动',
  'mutation.updateEvent': '修改活动',
  'mutation.cancelEvent': '取消活动',
  'mutation.proposeEventWish': '提交学习心愿',
  'mutation.voteEventWish': '心愿投票',
  // help on request (帮办代办)
  'nav.help': '帮办',
  'rejection.ALREADY_TAKEN': '这件事已经有别的志愿者接了，已从您的列表中移除。',
  'rejection.WRONG_STATUS': '这件事的进度已经变了，这一步现在做不了。',
  'mutation.fileHelpRequest': '求助',
  'mutation.acceptHelpRequest': '接单',
  'mutation.dispatchHelpRequest': '派单',
  'mutation.startHelpRequest': '开始服务',
  'mutation.noteHelpRequest': '写备注',
  'mutation.finishHelpRequest': '完成服务',
  'mutation.confirmHelpRequest': '确认完成',
  'mutation.cancelHelpRequest': '取消求助',
  'mutation.confirmHelpHours': '确认服务时长',
  'mutation.saveServiceKind': '修改服务项目',
  'mutation.saveVisitSchedule': '设置定期探访',
} satisfies Record<DomainMessageKey, string> & Record<string, string>;

