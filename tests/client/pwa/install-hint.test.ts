import { describe, expect, it } from 'vitest';
import { installHintKind, isIosSafari } from '../../../src/client/pwa/install-hint';
import { shouldAskToPersist } from '../../../src/client/pwa/storage-persistence';

const UA = {
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  ipadSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1',
  iphoneWeChat: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003133) NetType/WIFI Language/zh_CN',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
};

describe('isIosSafari', () => {
  it('knows Safari on an iPhone, and on an iPad that reports a Mac', () => {
    expect(isIosSafari(UA.iphoneSafari, 5)).toBe(true);
    expect(isIosSafari(UA.ipadSafari, 5)).toBe(true);
    // the same user agent without touch is a Mac
    expect(isIosSafari(UA.ipadSafari, 0)).toBe(false);
  });

  it('leaves out other iOS browsers, WeChat and Android', () => {
    expect(isIosSafari(UA.iphoneChrome, 5)).toBe(false);
    expect(isIosSafari(UA.iphoneWeChat, 5)).toBe(false);
    expect(isIosSafari(UA.android, 5)).toBe(false);
  });
});

describe('installHintKind', () => {
  const base = { canInstall: false, userAgent: UA.android, maxTouchPoints: 5, standalone: false, dismissed: false };

  it('offers the button where the browser offers installing', () => {
    expect(installHintKind({ ...base, canInstall: true })).toBe('prompt');
  });

  it('shows the illustrated hint on iOS Safari only', () => {
    expect(installHintKind({ ...base, userAgent: UA.iphoneSafari })).toBe('ios');
    expect(installHintKind(base)).toBeNull();
  });

  it('shows nothing once opened from the home screen or closed before', () => {
    expect(installHintKind({ ...base, userAgent: UA.iphoneSafari, standalone: true })).toBeNull();
    expect(installHintKind({ ...base, canInstall: true, dismissed: true })).toBeNull();
  });
});

describe('shouldAskToPersist', () => {
  const storage = (persisted: boolean) => ({ persisted: async () => persisted, persist: async () => true });

  it('asks once, only where the browser may still delete the data', async () => {
    expect(await shouldAskToPersist(storage(false), false)).toBe(true);
    expect(await shouldAskToPersist(storage(true), false)).toBe(false);
    expect(await shouldAskToPersist(storage(false), true)).toBe(false);
    expect(await shouldAskToPersist(undefined, false)).toBe(false);
  });
});
