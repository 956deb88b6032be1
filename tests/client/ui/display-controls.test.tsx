import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ContrastSwitch, ElderModeSwitch, TextSizeControl } from '../../../src/client/ui/display-controls';
import { ElderModeOffer } from '../../../src/client/features/login/elder-mode-offer';
import { ReadAloudButton, type SpeechLike } from '../../../src/client/ui/read-aloud-button';
import { LanguageChoice } from '../../../src/client/ui/language-choice';
import { switchLanguage } from '../../../src/client/i18n/t';

afterEach(cleanup);

describe('display controls', () => {
  it('names the switch 长辈模式 and reports its state', () => {
    const onChange = vi.fn();
    render(<ElderModeSwitch on={false} onChange={onChange} />);
    const sw = screen.getByRole('switch', { name: '长辈模式' });
    expect(sw.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(sw);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('names the high-contrast switch', () => {
    render(<ContrastSwitch on onChange={vi.fn()} />);
    expect(screen.getByRole('switch', { name: '高对比度' }).getAttribute('aria-checked')).toBe('true');
  });

  it('steps the text size within its range, in a group named 字号', () => {
    const onChange = vi.fn();
    render(<TextSizeControl step={1} min={1} onChange={onChange} />);
    const group = screen.getByRole('group', { name: '字号' });
    expect(group.textContent).toContain('字号：大');
    expect((screen.getByRole('button', { name: /字小一点/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /字大一点/ }));
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('offers elder mode at first start with a yes and a no', () => {
    const onAccept = vi.fn();
    const onDecline = vi.fn();
    render(<ElderModeOffer onAccept={onAccept} onDecline={onDecline} />);
    fireEvent.click(screen.getByRole('button', { name: '打开长辈模式' }));
    fireEvent.click(screen.getByRole('button', { name: '不用了' }));
    expect(onAccept).toHaveBeenCalledOnce();
    expect(onDecline).toHaveBeenCalledOnce();
  });
});

describe('LanguageChoice', () => {
  afterEach(async () => {
    await switchLanguage('zh-CN');
  });

  it.each(['zh-CN', 'zh-TW', 'en'] as const)('is named 语言 in %s, and names each language in itself', async (language) => {
    await switchLanguage(language);
    const onChange = vi.fn();
    render(<LanguageChoice language={language} onChange={onChange} />);
    const choice = screen.getByRole('combobox', { name: '语言 Language' }) as HTMLSelectElement;
    expect(choice.value).toBe(language);
    const options = screen.getAllByRole('option').map((o) => [o.textContent, o.getAttribute('lang')]);
    expect(options).toEqual([['简体中文', 'zh-CN'], ['繁體中文', 'zh-TW'], ['English', 'en']]);
    fireEvent.change(choice, { target: { value: 'zh-TW' } });
    expect(onChange).toHaveBeenCalledWith('zh-TW');
  });
});

describe('ReadAloudButton', () => {
  it('reads the text in the app\'s current language, starting over on a new tap', async () => {
    vi.stubGlobal('SpeechSynthesisUtterance', class { lang = ''; rate = 1; constructor(public text: string) {} });
    const spoken: { text: string; lang: string }[] = [];
    const speech: SpeechLike = { speak: (u) => spoken.push({ text: u.text, lang: u.lang }), cancel: vi.fn() };
    render(<ReadAloudButton text="这一餐已经订满了" speech={speech} />);
    fireEvent.click(screen.getByRole('button', { name: '朗读' }));
    // the language is read at the tap: switched since the button was drawn, it is the new one
    await switchLanguage('zh-TW');
    // drawn before the switch, the button still says 朗读; the app redraws it, this lone render does not
    fireEvent.click(screen.getByRole('button', { name: '朗读' }));
    expect(spoken).toEqual([{ text: '这一餐已经订满了', lang: 'zh-CN' }, { text: '这一餐已经订满了', lang: 'zh-TW' }]);
    expect(speech.cancel).toHaveBeenCalledTimes(2);
    await switchLanguage('zh-CN');
    vi.unstubAllGlobals();
  });

  it('is absent where the browser cannot speak', () => {
    render(<ReadAloudButton text="x" speech={null} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
