import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { VisitScheduleEditor } from '../../../../src/client/features/help/visit-schedule-editor';
import type { VisitSchedule } from '../../../../src/shared/help/visit-schedule';
import type { ServiceKind } from '../../../../src/shared/help/service-kind';

afterEach(cleanup);

const VISIT: ServiceKind = { id: 'sk-visit', communityId: 'nongnaner', name: '上门探访', icon: 'visit', description: '', isVisit: true, active: true, order: 5 };
const SCHEDULE: VisitSchedule = {
  id: 'vs-he-shufen', communityId: 'nongnaner', residentId: 'u-he-shufen', householdId: 'hh-he', residentName: '何淑芬',
  kindId: 'sk-visit', weekday: 2, fromTime: '09:00', toTime: '10:30', building: '5栋', address: '5栋1单元302', phone: '13800000021', active: true,
};
const RESIDENTS = [{ id: 'u-he-shufen', name: '何淑芬', hasLogin: true }, { id: 'u-qian-baogen', name: '钱宝根', hasLogin: false }];

function renderEditor() {
  const onSave = vi.fn();
  render(<VisitScheduleEditor schedules={[SCHEDULE]} residents={RESIDENTS} kinds={[VISIT]} newId={() => 'vs-new'}
    placeOf={(id) => (id === 'u-qian-baogen' ? { building: '2栋', address: '2栋3单元101', phone: '' } : null)} onSave={onSave} />);
  return onSave;
}

describe('VisitScheduleEditor', () => {
  it('lists each schedule with its weekday and window', () => {
    renderEditor();
    expect(screen.getByText(/何淑芬：每周二 09:00–10:30/)).toBeTruthy();
  });

  it('pauses a schedule or moves it to another day and window', () => {
    const onSave = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: '修改何淑芬' }));
    fireEvent.change(screen.getByLabelText('每周几'), { target: { value: '4' } });
    fireEvent.input(screen.getByLabelText('从几点'), { target: { value: '14:00' } });
    fireEvent.input(screen.getByLabelText('到几点'), { target: { value: '15:00' } });
    fireEvent.click(screen.getByLabelText('继续探访'));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({
      scheduleId: 'vs-he-shufen', residentId: 'u-he-shufen', kindId: 'sk-visit', weekday: 4, fromTime: '14:00', toTime: '15:00',
      building: '5栋', address: '5栋1单元302', phone: '13800000021', active: false,
    });
  });

  it('adds a weekly visit to a resident without a phone, naming what is missing first', () => {
    const onSave = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: '添加定期探访' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toBe('请选择「探访谁」。');
    fireEvent.change(screen.getByLabelText('探访谁'), { target: { value: 'u-qian-baogen' } });
    expect(screen.getByRole('option', { name: '钱宝根（无手机）' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('楼栋'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toBe('请填写「楼栋」。');
    fireEvent.input(screen.getByLabelText('楼栋'), { target: { value: '2栋' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({
      scheduleId: 'vs-new', residentId: 'u-qian-baogen', kindId: 'sk-visit', weekday: 2, fromTime: '09:00', toTime: '10:30',
      building: '2栋', address: '2栋3单元101', phone: '', active: true,
    });
  });
});
