/** Importing this module adds the PWA messages to the catalogue `t` reads. */
import { registerMessages } from '../i18n/t';
import { pwaMessagesZhCN } from './pwa-messages';

registerMessages(pwaMessagesZhCN);
