import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { notifyOutboxChanged } from '../../../src/client/sync/outbox-signal';
import { captureInstallPrompt } from '../../../src/client/pwa/install-prompt';
import { PwaPrompts } from '../../../src/client/pwa/pwa-prompts';

// the bridge needs a real service worker; here a test says when a version waits
const bridge = vi.hoisted(() => ({ announce: () => {}, applyUpdate: vi.fn() }));
vi.mock('../../../src/client/sw-bridge', () => ({
  onUpdateWaiting: (listener: () => void) => {
    bridge.announce = listener;
    return () => {};
  },
  applyUpdate: bridge.applyUpdate,
}));

captureInstallPrompt();

/** Chrome's install offer, as the browser would fire it. */
function offerInstall(outcome: 'accepted' | 'dismissed') {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(async () => {}),
    userChoice: Promise.resolve({ outcome }),
  });
  dispatchEvent(event);
  return event;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'storage');
});

describe('PwaPrompts', () => {
  it('shows the update banner when a version waits, and switches on the tap', async () => {
    render(<PwaPrompts path="/" />);
    act(() => bridge.announce());
    fireEvent.click(await screen.findByRole('button', { name: '有新版本，点此更新' }));
    expect(bridge.applyUpdate).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: '正在更新…' })).toBeTruthy();
  });

  it('asks to keep the data after the first queued change, once', async () => {
    const persist = vi.fn(async () => true);
    const persisted = vi.fn(async () => false);
    Object.defineProperty(navigator, 'storage', { value: { persisted, persist }, configurable: true });
    const { rerender } = render(<PwaPrompts path="/" />);
    expect(screen.queryByRole('region', { name: '保存在手机上' })).toBeNull();
    act(() => notifyOutboxChanged());
    // the offer waits for the next screen: on this one it would push the booked meal down
    await vi.waitFor(() => expect(persisted).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByRole('region', { name: '保存在手机上' })).toBeNull();
    rerender(<PwaPrompts path="/bookings" />);
    const card = await screen.findByRole('region', { name: '保存在手机上' });
    expect(card.textContent).toContain('为了没有信号时也不丢失您的预订，请允许保存在手机上。');
    fireEvent.click(screen.getByRole('button', { name: '允许保存' }));
    expect(persist).toHaveBeenCalledOnce();
    expect(screen.queryByRole('region', { name: '保存在手机上' })).toBeNull();
    act(() => notifyOutboxChanged());
    await Promise.resolve();
    expect(screen.queryByRole('region', { name: '保存在手机上' })).toBeNull();
  });

  it('turns the browser\'s install offer into a button that opens its dialog', async () => {
    const { rerender } = render(<PwaPrompts path="/" />);
    let event: ReturnType<typeof offerInstall> | undefined;
    act(() => {
      event = offerInstall('accepted');
    });
    expect(event?.defaultPrevented).toBe(true);
    // arriving by itself, the offer shows only from the next change of screen
    expect(screen.queryByRole('region', { name: '放到手机桌面' })).toBeNull();
    rerender(<PwaPrompts path="/events" />);
    fireEvent.click(await screen.findByRole('button', { name: '放到桌面' }));
    expect(event?.prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('region', { name: '放到手机桌面' })).toBeNull();
  });
});
