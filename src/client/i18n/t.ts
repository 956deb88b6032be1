import { zhCN } from './zh-cn';
import type { helpMessagesZhCN } from '../features/help/help-messages';
import type { eventMessagesZhCN } from '../features/events/event-messages';
import type { pwaMessagesZhCN } from '../pwa/pwa-messages';

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/**
 * Every message key: the core catalogue's (first screen, shell, rejections) and each feature's.
 * Feature messages load with their screens (see registerMessages), so the first screen stays light.
 */
export type MessageKey =
  | keyof typeof zhCN
  | keyof typeof helpMessagesZhCN
  | keyof typeof eventMessagesZhCN
  | keyof typeof pwaMessagesZhCN;

/** A catalogue for one language: every core key. */
export type Catalogue = Record<keyof typeof zhCN, string>;

let current: Catalogue = zhCN;
const featureMessages: Record<string, string> = {};

/** Switches the language of every later `t` call (zh-CN until another catalogue exists). */
export function setCatalogue(catalogue: Catalogue): void {
  current = catalogue;
}

/** Adds a lazily loaded feature's messages; its module calls this when it is first imported. */
export function registerMessages(messages: Readonly<Record<string, string>>): void {
  Object.assign(featureMessages, messages);
}

/** The message for a key in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = (current as Record<string, string>)[key] ?? featureMessages[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
