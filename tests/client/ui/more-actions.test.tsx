import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { MoreActions } from '../../../src/client/ui/more-actions';
import { appStore } from '../../../src/client/state/app-store';
import { DEFAULT_DISPLAY } from '../../../src/client/display/display-prefs';

afterEach(() => {
  cleanup();
  appStore.setState({ display: DEFAULT_DISPLAY });
});

function actions() {
  return (
    <MoreActions>
      <button type="button">导出名单（CSV）</button>
      <button type="button">取消这个活动</button>
    </MoreActions>
  );
}

describe('MoreActions', () => {
  it('stands the secondary actions in a row in normal mode', () => {
    appStore.setState({ display: { ...DEFAULT_DISPLAY, elderMode: false } });
    const { container } = render(actions());
    expect(container.querySelector('details')).toBeNull();
    expect(screen.queryByText('更多操作')).toBeNull();
    expect(screen.getByRole('button', { name: '导出名单（CSV）' })).toBeTruthy();
  });

  it('puts them behind one closed 更多操作 in elder mode', () => {
    appStore.setState({ display: { ...DEFAULT_DISPLAY, elderMode: true } });
    const { container } = render(actions());
    const more = container.querySelector('details')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('更多操作');
    expect(more.textContent).toContain('导出名单（CSV）');
    expect(more.textContent).toContain('取消这个活动');
  });
});
