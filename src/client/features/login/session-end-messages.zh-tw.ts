/** Session-end words in Traditional Chinese, key for key as session-end-messages.ts; loaded only when chosen. */
export const sessionEndMessagesZhTW = {
  'sessionEnd.endedByUser': '您在另一部手機上讓這部手機退出了登入。',
  'sessionEnd.endedByStaff': '社區工作人員讓這部手機退出了登入（比如手機丟了、換了）。',
  'sessionEnd.loginRevoked': '您登入用的服務卡已被社區停用，這部手機已退出登入。請到社區領一張新卡，或用手機號碼登入。',
  'sessionEnd.dataDeleted': '您的個人資訊已經刪除，這部手機上的也已清除。',
  'sessionEnd.expired': '太久沒有用了，登入已過期，請重新登入。',
  'sessionEnd.queueKept': '還沒送到社區的操作都還在這部手機上，您重新登入後會自動送出。',
};
