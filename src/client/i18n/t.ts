import { zhCN, type MessageKey } from './zh-cn';

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/** A catalogue for one language: every key the source catalogue has. */
export type Catalogue = Record<MessageKey, string>;

let current: Catalogue = zhCN;

/** Switches the language of every later `t` call (zh-CN until another catalogue exists). */
export function setCatalogue(catalogue: Catalogue): void {
  current = catalogue;
}

/** The message for a key in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = current[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { MessageKey };
