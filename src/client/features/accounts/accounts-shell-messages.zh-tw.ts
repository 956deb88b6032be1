/** Accounts shell words in Traditional Chinese, key for key as accounts-shell-messages.ts; loaded only when chosen. */
export const accountsShellMessagesZhTW = {
  'nav.account': '我的',
  'rejection.CARD_ALREADY_REVOKED': '這張服務卡已經停用了。',
  'rejection.LINK_ANSWERED': '這個申請已經處理過了。',
  'rejection.ALREADY_LINKED': '已經是一家人了。',
  'rejection.PHONE_TAKEN': '這個號碼已登記給別人了。',
  'mutation.issueServiceCard': '辦服務卡',
  'mutation.revokeServiceCard': '停用服務卡',
  'mutation.requestHouseholdLink': '添加家人',
  'mutation.answerHouseholdLink': '處理家人申請',
  'mutation.registerResident': '登記居民',
  'mutation.attachPhone': '登記手機號',
  'mutation.setMemberRole': '更改身份',
};
