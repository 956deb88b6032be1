/**
 * Words of accounts the shell needs before any of its screens has loaded: its tab, and the names
 * of its mutations and rejection codes for the rejections banner. Simplified Chinese.
 */
import { defineCatalogue } from '../../i18n/catalogue';

/** Accounts shell messages in Simplified Chinese. */
export const accountsShellMessagesZhCN = {
  'nav.account': '我的',
  'rejection.CARD_ALREADY_REVOKED': '这张服务卡已经停用了。',
  'rejection.LINK_ANSWERED': '这个申请已经处理过了。',
  'rejection.ALREADY_LINKED': '已经是一家人了。',
  'rejection.PHONE_TAKEN': '这个号码已登记给别人了。',
  'mutation.issueServiceCard': '办服务卡',
  'mutation.revokeServiceCard': '停用服务卡',
  'mutation.requestHouseholdLink': '添加家人',
  'mutation.answerHouseholdLink': '处理家人申请',
  'mutation.registerResident': '登记居民',
  'mutation.attachPhone': '登记手机号',
  'mutation.setMemberRole': '更改身份',
} as const;

/** Accounts shell words in every language; the translations are accounts-shell-messages.zh-tw.ts and accounts-shell-messages.en.ts beside this file. */
export const accountsShellMessages = defineCatalogue(accountsShellMessagesZhCN, {
  'zh-TW': () => import('./accounts-shell-messages.zh-tw').then((m) => m.accountsShellMessagesZhTW),
  en: () => import('./accounts-shell-messages.en').then((m) => m.accountsShellMessagesEn),
});

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof accountsShellMessagesZhCN, string> {}
}
