/** Help shell words in Traditional Chinese, key for key as help-shell-messages.ts; loaded only when chosen. */
export const helpShellMessagesZhTW = {
  'nav.help': '幫辦',
  'rejection.ALREADY_TAKEN': '這件事已經有別的志工接了，已從您的清單中移除。',
  'rejection.WRONG_STATUS': '這件事的進度已經變了，這一步現在做不了。',
  'mutation.fileHelpRequest': '求助',
  'mutation.acceptHelpRequest': '接單',
  'mutation.dispatchHelpRequest': '派單',
  'mutation.startHelpRequest': '開始服務',
  'mutation.noteHelpRequest': '寫備註',
  'mutation.finishHelpRequest': '完成服務',
  'mutation.confirmHelpRequest': '確認完成',
  'mutation.cancelHelpRequest': '取消求助',
  'mutation.confirmHelpHours': '確認服務時數',
  'mutation.saveServiceKind': '修改服務項目',
  'mutation.saveVisitSchedule': '設定定期探訪',
};
