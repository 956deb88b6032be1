import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { defineCatalogue } from '../../../src/client/i18n/catalogue';
import { registerMessages, switchLanguage, t, type MessageKey } from '../../../src/client/i18n/t';
import { lazyComponent } from '../../../src/client/ui/lazy-component';

afterEach(async () => {
  cleanup();
  await switchLanguage('zh-CN');
});

/** A catalogue whose English words arrive only when the test says so, as a slow chunk would. */
function slowCatalogue(key: string) {
  let arrive = () => {};
  const catalogue = defineCatalogue({ [key]: '中文的字' }, {
    'zh-TW': async () => ({ [key]: '中文的字' }),
    en: () => new Promise<Record<string, string>>((resolve) => { arrive = () => resolve({ [key]: 'English words' }); }),
  });
  return { catalogue, arrive: () => arrive() };
}

/** Starts watching the page for a text; the function returned says whether it ever showed. */
function watchFor(text: string): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => { seen ||= document.body.textContent?.includes(text) ?? false; });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

/** What a lazily loaded part shows: one word of its own catalogue. */
const wordOf = (key: string) => () => <p>{t(key as MessageKey)}</p>;

// lazyScreen waits through the same withMessages; language-switch.test.tsx opens a routed screen in English
describe('a lazily loaded part in English', () => {
  it('waits for its own words before it shows, so it never shows in Chinese', async () => {
    await switchLanguage('en');
    const slow = slowCatalogue('test.partWord');
    const Part = lazyComponent(async () => {
      // as a screen's messages module does when its chunk is imported
      registerMessages(slow.catalogue);
      return wordOf('test.partWord');
    }, () => <p>loading</p>);
    const flashed = watchFor('中文的字');
    render(<Part />);
    await screen.findByText('loading');
    slow.arrive();
    expect(await screen.findByText('English words')).toBeTruthy();
    expect(flashed()).toBe(false);
  });

  it('shows zh-CN at once in zh-CN, fetching nothing', async () => {
    const Part = lazyComponent(async () => {
      registerMessages(defineCatalogue({ 'test.zhWord': '中文的字' }, {
        'zh-TW': () => Promise.reject(new Error('not asked for')), en: () => Promise.reject(new Error('not asked for')),
      }));
      return wordOf('test.zhWord');
    }, () => null);
    render(<Part />);
    expect(await screen.findByText('中文的字')).toBeTruthy();
  });
});
