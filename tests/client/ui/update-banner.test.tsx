import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { UpdateBanner } from '../../../src/client/ui/update-banner';
import { IosInstallHint } from '../../../src/client/ui/ios-install-hint';
import { OfferCard } from '../../../src/client/ui/offer-card';

afterEach(cleanup);

describe('UpdateBanner', () => {
  it('says a new version is ready in a status region and switches on a tap', () => {
    const onUpdate = vi.fn();
    render(<UpdateBanner updating={false} onUpdate={onUpdate} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('还没发送的预订和报名都会保留。');
    fireEvent.click(screen.getByRole('button', { name: '有新版本，点此更新' }));
    expect(onUpdate).toHaveBeenCalledOnce();
  });

  it('cannot be tapped twice while updating', () => {
    render(<UpdateBanner updating onUpdate={vi.fn()} />);
    expect((screen.getByRole('button', { name: '正在更新…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('OfferCard and the iOS hint', () => {
  it('explains with words and the share icon, and closes with 知道了 when there is nothing to press', () => {
    const onDismiss = vi.fn();
    render(
      <OfferCard label="放到手机桌面" onDismiss={onDismiss}>
        <IosInstallHint />
      </OfferCard>,
    );
    const card = screen.getByRole('region', { name: '放到手机桌面' });
    expect(card.textContent).toContain('点屏幕下方的分享按钮，再选“添加到主屏幕”。');
    // the icon is a picture of the button the words name, hidden from screen readers
    expect(card.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('offers a yes and a 以后再说', () => {
    const onAction = vi.fn();
    render(
      <OfferCard label="保存在手机上" actionLabel="允许保存" onAction={onAction} onDismiss={vi.fn()}>
        <p>为什么</p>
      </OfferCard>,
    );
    fireEvent.click(screen.getByRole('button', { name: '允许保存' }));
    expect(onAction).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: '以后再说' })).toBeTruthy();
  });
});
