import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ContrastSwitch, ElderModeSwitch, TextSizeControl } from '../../../src/client/ui/display-controls';
import { ElderModeOffer } from '../../../src/client/features/login/elder-mode-offer';
import { ReadAloudButton, type SpeechLike } from '../../../src/client/ui/read-aloud-button';

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

describe('ReadAloudButton', () => {
  it('reads the text in the page\'s current language, starting over on a new tap', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', class { lang = ''; rate = 1; constructor(public text: string) {} });
    const spoken: { text: string; lang: string }[] = [];
    const speech: SpeechLike = { speak: (u) => spoken.push({ text: u.text, lang: u.lang }), cancel: vi.fn() };
    document.documentElement.lang = 'zh-CN';
    render(<ReadAloudButton text="这一餐已经订满了" speech={speech} />);
    fireEvent.click(screen.getByRole('button', { name: '朗读' }));
    // the language is read at the tap: switched since the button was drawn, it is the new one
    document.documentElement.lang = 'zh-TW';
    fireEvent.click(screen.getByRole('button', { name: '朗读' }));
    expect(spoken).toEqual([{ text: '这一餐已经订满了', lang: 'zh-CN' }, { text: '这一餐已经订满了', lang: 'zh-TW' }]);
    expect(speech.cancel).toHaveBeenCalledTimes(2);
    document.documentElement.lang = 'zh-CN';
    vi.unstubAllGlobals();
  });

  it('is absent where the browser cannot speak', () => {
    render(<ReadAloudButton text="x" speech={null} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
