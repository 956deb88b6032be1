import type { ApiErrorCode } from '../../shared/api-error';
import type { CORE_REJECTION_CODES } from '../../shared/rejection';

/**
 * Keys the core catalogue must hold because the core domain names them: adding a code fails the
 * build here. Each service's catalogue holds its own (its mutations, its rejection codes).
 */
export type DomainMessageKey = `rejection.${(typeof CORE_REJECTION_CODES)[number]}` | `apiError.${ApiErrorCode}`;

/**
 * The Simplified Chinese catalogue of the core (shell, login, sync, dates, errors): the source
 * language, written in plain words for elders. Services bring their own words (see ../services.ts).
 * Its translations: zh-tw.ts and en.ts beside it, with the same keys.
 */
export const zhCN = {
  'app.name': '邻里通',
  'app.loading': '正在打开…',
  'app.skipToContent': '跳到正文',

  'nav.label': '主要栏目',

  'sync.offline': '离线',
  'sync.offlinePending': '离线 · 待同步 {count} 项',
  'sync.syncing': '同步中…',
  'sync.pending': '待同步 {count} 项',
  'sync.synced': '已同步',
  'sync.label': '同步状态',
  'sync.downloading': '正在下载社区信息…',
  'sync.downloadingCount': '正在下载社区信息…已收到 {count} 条',
  'sync.notDownloaded': '社区信息还没下载，需要联网一次',
  'sync.notDownloadedOffline': '离线 · 社区信息还没下载，需要联网一次',
  'download.missing': '{what}还没有下载到这部手机上。',
  'download.waiting': '正在下载，请稍等。',
  'download.needsNetwork': '请连上网络一次，下载好以后没有信号也能用。',

  'display.elderMode': '长辈模式',
  'display.highContrast': '高对比度',
  'display.on': '开',
  'display.off': '关',
  'display.textSize': '字号',
  'display.textSizeNow': '字号：{size}',
  'display.textStep0': '标准',
  'display.textStep1': '大',
  'display.textStep2': '较大',
  'display.textStep3': '特大',
  'display.textStep4': '最大',
  'display.smaller': '字小一点',
  'display.larger': '字大一点',
  'display.readAloud': '朗读',
  'display.settings': '显示设置',
  // the same in every language, so whoever opened the app in a language they cannot read finds it
  'display.language': '语言 Language',
  // each language by its own name, the same in every catalogue
  'language.zh-CN': '简体中文',
  'language.zh-TW': '繁體中文',
  'language.en': 'English',
  'display.moreActions': '更多操作',

  'community.pick': '选择社区',

  'header.logout': '退出登录',
  'header.user': '当前用户：{name}',

  'logout.title': '退出登录吗？',
  'logout.message': '退出后，这部手机上的社区信息会清除，下次登录时重新下载。',
  'logout.pendingWarning': '还有 {count} 项更改只存在这部手机上，还没送到社区。现在退出，这些更改会丢失。请先联网，等它们送出后再退出。',
  'logout.keep': '不退出',

  'date.today': '今天',
  // the order of Intl's parts (11月24日, 周二); the parts themselves come from Intl (see format.ts)
  'date.day': '{date} {weekday}',
  'date.range': '{from} 至 {to}',
  'list.separator': '、',

  'status.confirmed': '已预订',
  'status.pending': '已存在手机上，还没送到社区',

  'rejections.title': '有 {count} 项操作未能完成',
  'rejections.item': '{what}：{reason}',
  'rejections.what': '{what} {action}',
  'rejections.dismiss': '知道了',

  'toast.close': '关闭提示',
  'toast.closeShort': '关闭',

  'error.network': '网络连接不上，请检查网络后再试。',
  'error.unknown': '出了点问题，请稍后再试。',

  'rejection.INVALID': '提交的信息有误，没能办成，请再试一次。',
  'rejection.UNKNOWN_MUTATION': '这项操作暂时办不了，请更新应用后再试。',
  'rejection.NOT_FOUND': '没有找到这一项，可能已经被更改或删除了。',
  'rejection.FORBIDDEN': '您不能为这位家人或在这个食堂办理这件事。',

  'apiError.INVALID': '填写的内容有误，请检查后再试。',
  'apiError.UNAUTHENTICATED': '登录已过期，请重新登录。',
  'apiError.FORBIDDEN': '您没有权限做这件事。',
  'apiError.NOT_FOUND': '没有找到您要的内容。',
  'apiError.CODE_INVALID': '验证码不对，请再看一下短信。',
  'apiError.CODE_EXPIRED': '验证码已过期，请重新获取。',
  'apiError.TOO_MANY_ATTEMPTS': '尝试次数太多了，请过几分钟再试。',
  'apiError.CODE_ALREADY_SENT': '验证码刚刚已经发出，5 分钟内都有效，请看短信。半分钟后可以再要一次。',
  'apiError.RATE_LIMITED': '操作太频繁了，请过一分钟再试。',
  'apiError.PAYLOAD_TOO_LARGE': '一次发送的内容太多，请稍后再试。',
  'apiError.UNSUPPORTED_MEDIA_TYPE': '发送的格式不对，请更新应用后再试。',
  'apiError.CARD_INVALID': '这张服务卡登录不了，请找社区工作人员重新办一张。',
  'apiError.SMS_UNAVAILABLE': '短信暂时发不出去，请过一分钟再试。',
  'apiError.SERVER_BUSY': '现在用的人太多，请稍后再试。',
  'apiError.DATABASE_UNAVAILABLE': '服务器暂时连不上数据库，请过一会儿再试。',
  'apiError.INTERNAL': '系统出了点问题，请稍后再试。',
} satisfies Record<DomainMessageKey, string> & Record<string, string>;

