import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LoginForm } from '../../../../src/client/features/login/login-form';

afterEach(cleanup);

function setup() {
  const onRequestCode = vi.fn(async () => ({ error: null, demoCode: '123456' }));
  const onLogin = vi.fn(async () => null as string | null);
  render(<LoginForm onRequestCode={onRequestCode} onLogin={onLogin} />);
  return { onRequestCode, onLogin };
}

describe('LoginForm', () => {
  it('rejects a bad phone number with a Chinese message naming the field, without asking the server', async () => {
    const { onRequestCode } = setup();
    fireEvent.input(screen.getByLabelText('手机号码'), { target: { value: '1380013' } });
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    const error = await screen.findByRole('alert');
    expect(error.textContent).toContain('手机号码');
    expect(error.textContent).toContain('11 位');
    expect(screen.getByLabelText('手机号码').getAttribute('aria-invalid')).toBe('true');
    expect(onRequestCode).not.toHaveBeenCalled();
  });

  it('asks for a code and shows the demo code on screen', async () => {
    const { onRequestCode } = setup();
    fireEvent.input(screen.getByLabelText('手机号码'), { target: { value: '13800138000' } });
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText(/演示验证码：123456/)).toBeTruthy();
    expect(onRequestCode).toHaveBeenCalledWith('13800138000');
  });

  it('tells someone whose number may not be registered to register at the community office', async () => {
    render(<LoginForm onRequestCode={vi.fn(async () => ({ error: null }))} onLogin={vi.fn(async () => null)} />);
    expect(screen.queryByText(/居委会/)).toBeNull();
    fireEvent.input(screen.getByLabelText('手机号码'), { target: { value: '13700000000' } });
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('验证码已发送，请查看短信。')).toBeTruthy();
    expect(screen.getByText(/还没有在社区登记.*居委会.*登记/)).toBeTruthy();
  });

  it('rejects a code that is not 6 digits', async () => {
    const { onLogin } = setup();
    fireEvent.input(screen.getByLabelText('手机号码'), { target: { value: '13800138000' } });
    fireEvent.input(screen.getByLabelText('验证码'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByRole('alert')).textContent).toContain('验证码');
    expect(onLogin).not.toHaveBeenCalled();
  });

  it('logs in with phone and code and shows the server’s refusal in words', async () => {
    const { onLogin } = setup();
    onLogin.mockResolvedValueOnce('验证码不对，请再看一下短信。');
    fireEvent.input(screen.getByLabelText('手机号码'), { target: { value: '13800138000' } });
    fireEvent.input(screen.getByLabelText('验证码'), { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(onLogin).toHaveBeenCalledWith('13800138000', '654321'));
    expect((await screen.findByRole('alert')).textContent).toBe('验证码不对，请再看一下短信。');
  });

  it('says a code sent moments ago is still good, not that something failed', async () => {
    const notice = '验证码刚刚已经发出，5 分钟内都有效，请看短信。半分钟后可以再要一次。';
    render(<LoginForm onRequestCode={vi.fn(async () => ({ error: null, notice }))} onLogin={vi.fn(async () => null)} />);
    fireEvent.input(screen.getByLabelText('手机号码'), { target: { value: '13800000001' } });
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText(notice)).toBeTruthy();
    expect(screen.queryByText(/请过几分钟再试/)).toBeNull();
  });
});
