import { t } from '../../i18n/t';

const BROWSERS: readonly [RegExp, string][] = [
  [/MicroMessenger/, '微信'], [/EdgA?\//, 'Edge'], [/HuaweiBrowser/, '华为浏览器'], [/MiuiBrowser/, '小米浏览器'],
  [/UCBrowser/, 'UC'], [/QQBrowser/, 'QQ浏览器'], [/Firefox\//, 'Firefox'], [/Chrome\//, 'Chrome'], [/Safari\//, 'Safari'],
];

/**
 * A session's device in words a person recognises ("Android 手机 · 微信"), from the User-Agent the
 * server kept: the kind of device, then the browser; the raw string means nothing to an elder.
 */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return t('device.unknown');
  const kind = /iPhone/.test(userAgent) ? 'iPhone'
    : /iPad/.test(userAgent) ? 'iPad'
      : /Android/.test(userAgent) ? t('device.android')
        : /Windows|Macintosh|X11|Linux/.test(userAgent) ? t('device.computer') : t('device.unknown');
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return browser ? `${kind} · ${browser}` : kind;
}
