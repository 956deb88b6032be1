/**
 * Words of the login screen and the first-start offer of elder mode, Simplified Chinese. They load
 * with the login screen: someone already logged in, as at most openings of the app, never needs them.
 */
import { defineCatalogue } from '../../i18n/catalogue';
import { registerMessages } from '../../i18n/t';

/** Login messages in Simplified Chinese. */
export const loginMessagesZhCN = {
  'display.offerTitle': '字太小、看不清？',
  'display.offerText': '打开长辈模式，字和按钮都会变大。以后也可以在“显示设置”里随时打开或关闭。',
  'display.offerAccept': '打开长辈模式',
  'display.offerDecline': '不用了',
  'login.title': '登录邻里通',
  'login.intro': '请用您在社区登记的手机号码登录。',
  'login.phone': '手机号码',
  'login.code': '验证码',
  'login.sendCode': '获取验证码',
  'login.sending': '正在发送…',
  'login.codeSent': '验证码已发送，请查看短信。',
  'login.demoCode': '演示验证码：{code}',
  'login.notRegistered': '几分钟内还没收到短信？这个号码可能还没有在社区登记。请带上身份证，到您所在社区的居委会（党群服务中心）登记手机号码，登记后就能登录。',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.phoneInvalid': '手机号码不对：请输入以 1 开头的 11 位数字。',
  'login.codeInvalid': '验证码不对：请输入 6 位数字。',
} as const;

/** Login words in every language; the translations are login-messages.zh-tw.ts and login-messages.en.ts beside this file. */
export const loginMessages = defineCatalogue(loginMessagesZhCN, {
  'zh-TW': () => import('./login-messages.zh-tw').then((m) => m.loginMessagesZhTW),
  en: () => import('./login-messages.en').then((m) => m.loginMessagesEn),
});

registerMessages(loginMessages);

declare module '../../i18n/t' {
  interface ServiceMessages extends Record<keyof typeof loginMessagesZhCN, string> {}
}
