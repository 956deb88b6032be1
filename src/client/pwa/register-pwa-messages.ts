/** Importing this module adds the PWA messages, in every language, to the catalogue `t` reads. */
import { defineCatalogue } from '../i18n/catalogue';
import { registerMessages } from '../i18n/t';
import { pwaMessagesZhCN } from './pwa-messages';

/** The PWA words in every language; the translations are pwa-messages.zh-tw.ts and pwa-messages.en.ts. */
export const pwaMessages = defineCatalogue(pwaMessagesZhCN, {
  'zh-TW': () => import('./pwa-messages.zh-tw').then((m) => m.pwaMessagesZhTW),
  en: () => import('./pwa-messages.en').then((m) => m.pwaMessagesEn),
});

registerMessages(pwaMessages);
