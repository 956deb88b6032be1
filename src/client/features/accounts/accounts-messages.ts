/**
 * Words of the accounts screens (我的, 社区账号服务, the service card), Simplified Chinese. They load
 * with those screens: importing this module adds them to the catalogue `t` reads.
 */
import { registerMessages } from '../../i18n/t';

/** Accounts messages in Simplified Chinese. */
export const accountsMessagesZhCN = {
  'account.title': '我的',
  'account.who': '当前登录：{name}',
  'account.office': '社区账号服务（服务卡、登记居民、家人申请）',

  'sessions.title': '我的登录设备',
  'sessions.hint': '这些手机或电脑正登录着您的账号。手机丢了或借给了别人，可以在这里让它退出。',
  'sessions.loading': '正在查看…',
  'sessions.thisOne': '就是这部',
  'sessions.since': '{when} 登录',
  'sessions.endOne': '让它退出',
  'sessions.endOneQuestion': '让“{device}”退出登录吗？',
  'sessions.endOthers': '让其他设备全部退出',
  'sessions.endOthersQuestion': '让其他 {count} 台设备全部退出登录吗？',
  'sessions.endMessage': '那台设备下次联网时会回到登录页面。它上面还没送出的操作会留着，重新登录后自动送出。',
  'sessions.endConfirm': '让它退出',
  'sessions.endKeep': '不用了',
  'sessions.ended': '已让 {count} 台设备退出登录。',

  'device.android': 'Android 手机',
  'device.computer': '电脑',
  'device.unknown': '不知道型号的设备',

  'household.title': '我的家人',
  'household.alone': '还没有家人和您在一起。加在一起以后，可以互相帮着订餐、报名活动和求助。',
  'household.noPhone': '{name}（没有手机）',
  'household.askedBy': '{name} 想把您加为家人',
  'household.askedExplain': '同意以后，对方可以替您订餐、报名活动和求助，也能看到您的预订。不认识对方请点“不同意”。',
  'household.accept': '同意',
  'household.decline': '不同意',
  'household.addTitle': '添加父母为家人',
  'household.addExplain': '填父母在社区登记的手机号码。父母在自己的手机上点“同意”，或者带上身份证到社区办理，就加好了。',
  'household.parentPhone': '父母的手机号码',
  'household.send': '发送申请',
  'household.sent': '我发出的申请',
  'household.phoneInvalid': '手机号码不对：请输入以 1 开头的 11 位数字。',
  'household.unsent': '已存在手机上，还没送到社区',
  'household.status.pending': '等对方同意',
  'household.status.accepted': '已加为家人',
  'household.status.declined': '没有加上',
  'household.waitingHint': '对方一直没看到？可以一起到社区办理。',
  'household.withdraw': '撤回申请',

  'card.title': '用服务卡登录',
  'card.someoneElse': '这部手机现在登录的是 {name}。用这张服务卡登录，会换成卡上的居民，{name} 还没送出的操作会丢失。',
  'card.useIt': '用服务卡登录',
  'card.keep': '不用了',
  'card.working': '正在用服务卡登录…',
  'card.retry': '再试一次',
  'card.phoneLogin': '用手机号码登录',
  'card.failed.used': '这张服务卡已经用过了（每张卡只能让一部手机登录一次）。请找社区工作人员再办一张。',
  'card.failed.expired': '这张服务卡已经过期了（办好后 14 天内有效）。请找社区工作人员再办一张。',
  'card.failed.revoked': '这张服务卡已经被社区停用了。请找社区工作人员再办一张。',
  'card.failed.unknown': '没有找到这张服务卡。如果刚刚办好，请等工作人员的手机联网后再试一次。',

  'office.title': '社区账号服务',
  'office.staffOnly': '只有社区工作人员可以使用这一页。',

  'cards.title': '党群爱心联系服务卡',
  'cards.explain': '给不会输验证码的老人打印一张卡：用手机相机扫卡上的二维码就能登录。每张卡只能用一次，14 天内有效。',
  'cards.search': '按姓名查找居民',
  'cards.none': '没有找到。输入姓名查找，或在下面登记没有手机的居民。',
  'cards.more': '还有 {count} 人，请输入更完整的姓名。',
  'cards.noPhone': '没有登记手机号',
  'cards.cardOf': '{date} 办的卡',
  'cards.issue': '打印服务卡',
  'cards.revoke': '停用这张卡',
  'cards.revokeTitle': '停用 {name} 的服务卡吗？',
  'cards.revokeMessage': '这张卡不能再登录；用它登录的手机下次联网时会退出。手机上还没送出的操作会留着，重新登录后自动送出。',
  'cards.revokeConfirm': '停用',
  'cards.revokeKeep': '不停用',
  'cards.attachPhone': '登记手机号',
  'cards.phoneOf': '{name} 的手机号码',
  'cards.savePhone': '保存手机号',
  'cards.unsentIssue': '已存在手机上，还没送到社区：送到以后卡才能用',
  'cards.unsentRevoke': '停用已存在手机上，还没送到社区',
  'cards.status.ready': '可以用了（还没有扫过）',
  'cards.status.used': '已经登录过一部手机',
  'cards.status.revoked': '已停用',
  'cards.status.expired': '已过期',

  'resident.title': '登记没有手机的居民',
  'resident.name': '姓名',
  'resident.birthDate': '出生日期（看身份证）',
  'resident.nameMissing': '请填写姓名。',
  'resident.submit': '登记',
  'resident.done': '已登记 {name}。可以替他订餐、求助，也可以给他打印服务卡。',

  'links.title': '家人申请',
  'links.none': '没有等待办理的家人申请。',
  'links.item': '{child} 申请把 {parent} 加为家人',
  'links.accept': '核实后同意',
  'links.decline': '不同意',

  'print.title': '服务卡',
  'print.brand': '党群爱心联系服务卡',
  'print.cardLabel': '{name} 的服务卡',
  'print.qrLabel': '登录二维码',
  'print.how': '用手机相机扫一扫上面的二维码，就能登录“邻里通”订餐、报名活动和求助，不用输入号码和验证码。这张卡只能用一次，{date}前有效。',
  'print.keep': '扫过以后请把卡交回社区或剪碎，不要给别人拍照。',
  'print.print': '打印',
  'print.back': '回到社区账号服务',
  'print.noCard': '没有找到这张卡。',
  'print.waitForSync': '请等这部手机联网、显示“可以用了”以后再把卡交给居民。',
  'print.tokenGone': '为了安全，卡上的二维码只在办卡时显示一次，页面关闭后就不能再打印了。如需要，请停用这张卡再办一张新的。',
} as const;

registerMessages(accountsMessagesZhCN);

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof accountsMessagesZhCN, string> {}
}
