/**
 * Words with which the login screen says why the server ended this phone's session, Simplified
 * Chinese. Each also says what became of unsent work: it waits on the phone for the same person.
 */
import { defineCatalogue } from '../../i18n/catalogue';
import { registerMessages } from '../../i18n/t';

/** Session-end messages in Simplified Chinese, one per SessionEndReason. */
export const sessionEndMessagesZhCN = {
  'sessionEnd.endedByUser': '您在另一部手机上让这部手机退出了登录。',
  'sessionEnd.endedByStaff': '社区工作人员让这部手机退出了登录（比如手机丢了、换了）。',
  'sessionEnd.loginRevoked': '您登录用的服务卡已被社区停用，这部手机已退出登录。请到社区领一张新卡，或用手机号码登录。',
  'sessionEnd.dataDeleted': '您的个人信息已经删除，这部手机上的也已清除。',
  'sessionEnd.expired': '太久没有用了，登录已过期，请重新登录。',
  'sessionEnd.queueKept': '还没送到社区的操作都还在这部手机上，您重新登录后会自动送出。',
} as const;

/** Session-end words in every language; the translations are session-end-messages.zh-tw.ts and session-end-messages.en.ts beside this file. */
export const sessionEndMessages = defineCatalogue(sessionEndMessagesZhCN, {
  'zh-TW': () => import('./session-end-messages.zh-tw').then((m) => m.sessionEndMessagesZhTW),
  en: () => import('./session-end-messages.en').then((m) => m.sessionEndMessagesEn),
});

registerMessages(sessionEndMessages);

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof sessionEndMessagesZhCN, string> {}
}
