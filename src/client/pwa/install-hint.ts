/**
 * Which way to offer putting the app on the home screen: our button where the browser offers
 * installing, a short illustrated hint on iOS Safari (which never offers it), or nothing.
 */

/** What the install card shows. */
export type InstallHintKind = 'prompt' | 'ios' | null;

/** What decides the install card. */
export interface InstallContext {
  /** The browser offered installing (beforeinstallprompt). */
  canInstall: boolean;
  userAgent: string;
  /** navigator.maxTouchPoints: iPads report a Mac user agent and tell themselves apart by touch. */
  maxTouchPoints: number;
  /** Already opened from the home screen. */
  standalone: boolean;
  /** The resident closed the card before. */
  dismissed: boolean;
}

// iOS browsers other than Safari, and in-app browsers (WeChat, QQ), cannot add to the home screen the same way
const NOT_SAFARI = /CriOS|FxiOS|EdgiOS|OPiOS|MicroMessenger|QQ\/|Weibo|DingTalk/;

/** Whether the browser is Safari on an iPhone or iPad. */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const isIos = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return isIos && /Safari\//.test(userAgent) && !NOT_SAFARI.test(userAgent);
}

/** The install card to show, if any. */
export function installHintKind(context: InstallContext): InstallHintKind {
  if (context.standalone || context.dismissed) return null;
  if (context.canInstall) return 'prompt';
  return isIosSafari(context.userAgent, context.maxTouchPoints) ? 'ios' : null;
}
