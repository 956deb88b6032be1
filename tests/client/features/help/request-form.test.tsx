import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { RequestForm, type RequestDraft } from '../../../../src/client/features/help/request-form';
import type { HelpPlace } from '../../../../src/client/features/help/help-queries';
import { KINDS } from './help-fixtures';

afterEach(cleanup);

const INITIAL: RequestDraft = {
  residentId: 'u-he-shufen', kindId: '', date: '2026-11-25', fromTime: '09:00', toTime: '11:00', building: '', address: '', phone: '13800000021', note: '',
};
const PLACES: Record<string, HelpPlace> = {
  'u-he-shufen': { building: '5栋', address: '5栋1单元302', phone: '13800000021' },
  'u-qian-baogen': { building: '2栋', address: '2栋3单元101', phone: '' },
};
const placeOf = (id: string) => PLACES[id] ?? null;

function renderForm(props: Partial<Parameters<typeof RequestForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(<RequestForm kinds={KINDS} people={[{ id: 'u-he-shufen', name: '何淑芬', hasLogin: true }]} initial={INITIAL}
    placeOf={placeOf} onSubmit={onSubmit} {...props} />);
  return onSubmit;
}

describe('RequestForm', () => {
  it('offers the active kinds as large choices with their icon and plain words', () => {
    renderForm();
    expect(screen.getByRole('radio', { name: /代买菜/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /代缴水电费/ })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /代取快递/ })).toBeNull();
    expect(screen.getByText('🥬')).toBeTruthy();
    expect(screen.getByText('💡')).toBeTruthy();
    expect(screen.getByText('帮您买菜、买米面油')).toBeTruthy();
  });

  it('starts from where the resident lives and sends the request', () => {
    const onSubmit = renderForm();
    expect((screen.getByLabelText('楼栋') as HTMLInputElement).value).toBe('5栋');
    expect((screen.getByLabelText('详细地址（门牌号）') as HTMLInputElement).value).toBe('5栋1单元302');
    fireEvent.click(screen.getByRole('radio', { name: /代买菜/ }));
    fireEvent.input(screen.getByLabelText('说明'), { target: { value: '买两斤青菜' } });
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(onSubmit).toHaveBeenCalledWith({ ...INITIAL, kindId: 'sk-grocery', building: '5栋', address: '5栋1单元302', note: '买两斤青菜' });
  });

  it('names the field that is wrong, in Chinese, and sends nothing', () => {
    const onSubmit = renderForm();
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(screen.getByRole('alert').textContent).toBe('请选择「需要什么帮助」。');
    fireEvent.click(screen.getByRole('radio', { name: /代买菜/ }));
    fireEvent.input(screen.getByLabelText('详细地址（门牌号）'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(screen.getByRole('alert').textContent).toBe('请填写「详细地址（门牌号）」。');
    fireEvent.input(screen.getByLabelText('详细地址（门牌号）'), { target: { value: '5栋1单元302' } });
    fireEvent.input(screen.getByLabelText('联系电话（没有可不填）'), { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(screen.getByRole('alert').textContent).toBe('「联系电话（没有可不填）」填得不对，请检查。');
    fireEvent.input(screen.getByLabelText('联系电话（没有可不填）'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('到几点'), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(screen.getByRole('alert').textContent).toBe('「到几点」要晚于「从几点」。');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('lets a son ask for his mother, himself first', () => {
    const onSubmit = renderForm({
      initial: { ...INITIAL, residentId: 'u-he-jun', phone: '13800000022' },
      people: [{ id: 'u-he-jun', name: '何军', hasLogin: true }, { id: 'u-he-shufen', name: '何淑芬', hasLogin: true }],
    });
    const who = screen.getByLabelText('为谁求助') as HTMLSelectElement;
    expect(who.value).toBe('u-he-jun');
    expect(screen.getByRole('option', { name: '我自己（何军）' })).toBeTruthy();
    fireEvent.change(who, { target: { value: 'u-he-shufen' } });
    expect((screen.getByLabelText('详细地址（门牌号）') as HTMLInputElement).value).toBe('5栋1单元302');
    fireEvent.click(screen.getByRole('radio', { name: /代缴水电费/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ residentId: 'u-he-shufen', kindId: 'sk-bill', address: '5栋1单元302' }));
  });

  it('lets staff file for a resident without a phone, chosen from the community', () => {
    const onSubmit = renderForm({
      chooseResident: true,
      initial: { ...INITIAL, residentId: 'u-tian-jing', phone: '' },
      people: [{ id: 'u-he-shufen', name: '何淑芬', hasLogin: true }, { id: 'u-qian-baogen', name: '钱宝根', hasLogin: false }],
    });
    fireEvent.click(screen.getByRole('radio', { name: /代买菜/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(screen.getByRole('alert').textContent).toBe('请选择「为谁求助」。');
    fireEvent.change(screen.getByLabelText('为谁求助'), { target: { value: 'u-qian-baogen' } });
    expect(screen.getByRole('option', { name: '钱宝根（无手机）' })).toBeTruthy();
    expect((screen.getByLabelText('楼栋') as HTMLInputElement).value).toBe('2栋');
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ residentId: 'u-qian-baogen', address: '2栋3单元101', phone: '' }));
  });
});
