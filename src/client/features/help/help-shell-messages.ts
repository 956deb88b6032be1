/**
 * Words of help on request (帮办代办) the shell needs before any of its screens has loaded: its tab, and the
 * names of its mutations and rejection codes for the rejections banner. Simplified Chinese.
 */
import { defineCatalogue } from '../../i18n/catalogue';

/** Help shell messages in Simplified Chinese. */
export const helpShellMessagesZhCN = {
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
} as const;

/** Help shell words in every language; the translations are help-shell-messages.zh-tw.ts and help-shell-messages.en.ts beside this file. */
export const helpShellMessages = defineCatalogue(helpShellMessagesZhCN, {
  'zh-TW': () => import('./help-shell-messages.zh-tw').then((m) => m.helpShellMessagesZhTW),
  en: () => import('./help-shell-messages.en').then((m) => m.helpShellMessagesEn),
});

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof helpShellMessagesZhCN, string> {}
}
