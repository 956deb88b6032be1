import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ServiceKindEditor } from '../../../../src/client/features/help/service-kind-editor';
import { KINDS } from './help-fixtures';

afterEach(cleanup);

function renderEditor() {
  const onSave = vi.fn();
  render(<ServiceKindEditor kinds={KINDS} communityId="nongnaner" newId={() => 'sk-new'} onSave={onSave} />);
  return onSave;
}

describe('ServiceKindEditor', () => {
  it('lists the services and marks one no longer offered', () => {
    renderEditor();
    expect(screen.getByText(/代买菜/)).toBeTruthy();
    expect(screen.getByText(/代取快递 · 暂停提供/)).toBeTruthy();
  });

  it('edits a service: name, plain words, icon and whether it is offered', () => {
    const onSave = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: '修改代缴水电费' }));
    expect((screen.getByLabelText('名称') as HTMLInputElement).value).toBe('代缴水电费');
    fireEvent.input(screen.getByLabelText('名称'), { target: { value: '代缴燃气费' } });
    fireEvent.input(screen.getByLabelText('说明'), { target: { value: '帮您缴燃气费' } });
    fireEvent.change(screen.getByLabelText('图标'), { target: { value: 'repair' } });
    fireEvent.click(screen.getByLabelText('提供中'));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({
      kindId: 'sk-bill', communityId: 'nongnaner', name: '代缴燃气费', description: '帮您缴燃气费', icon: 'repair', isVisit: false, active: false, order: 1,
    });
  });

  it('adds a service at the end of the list, and asks for its name first', () => {
    const onSave = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: '添加服务项目' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toBe('请填写「名称」。');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('名称'), { target: { value: '陪同就医' } });
    fireEvent.change(screen.getByLabelText('图标'), { target: { value: 'medicine' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({
      kindId: 'sk-new', communityId: 'nongnaner', name: '陪同就医', description: '', icon: 'medicine', isVisit: false, active: true, order: 3,
    });
    expect(screen.queryByLabelText('名称')).toBeNull();
  });
});
