/**
 * Words of events (活动) the shell needs before any of its screens has loaded: its tab, and the
 * names of its mutations and rejection codes for the rejections banner. Simplified Chinese.
 */
import { defineCatalogue } from '../../i18n/catalogue';

/** Event shell messages in Simplified Chinese. */
export const eventShellMessagesZhCN = {
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
} as const;

/** Event shell words in every language; the translations are event-shell-messages.zh-tw.ts and event-shell-messages.en.ts beside this file. */
export const eventShellMessages = defineCatalogue(eventShellMessagesZhCN, {
  'zh-TW': () => import('./event-shell-messages.zh-tw').then((m) => m.eventShellMessagesZhTW),
  en: () => import('./event-shell-messages.en').then((m) => m.eventShellMessagesEn),
});

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof eventShellMessagesZhCN, string> {}
}
