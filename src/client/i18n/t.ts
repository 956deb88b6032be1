import { zhCN } from './zh-cn';
import type { pwaMessagesZhCN } from '../pwa/pwa-messages';

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/**
 * The keys services add: each service's catalogues declare theirs into this interface
 * (declaration merging), so `t` checks every key without the core naming a service.
 */
export interface ServiceMessages {}

/** Every message key: the core catalogue's (shell, login, sync, errors) and each service's. */
export type MessageKey = keyof typeof zhCN | keyof ServiceMessages | keyof typeof pwaMessagesZhCN;

/** A catalogue for one language: every core key. */
export type Catalogue = Record<keyof typeof zhCN, string>;

let current: Catalogue = zhCN;
const serviceMessages: Record<string, string> = {};

/** Switches the language of every later `t` call (zh-CN until another catalogue exists). */
export function setCatalogue(catalogue: Catalogue): void {
  current = catalogue;
}

/**
 * Adds a service's messages: its shell words at start-up, and a lazily loaded screen's words when
 * its module is first imported, so the first screen stays light.
 */
export function registerMessages(messages: Readonly<Record<string, string>>): void {
  Object.assign(serviceMessages, messages);
}

/** The message for a key in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = (current as Record<string, string>)[key] ?? serviceMessages[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
