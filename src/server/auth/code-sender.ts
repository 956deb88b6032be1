/**
 * How login codes reach phones. Production plugs in an SMS gateway through the webhook sender
 * (SMS_WEBHOOK_URL); the console sender is for demo mode only. Neither ever writes a code or a
 * whole phone number to the server log: whoever reads logs could log in as anyone.
 */
import { maskPhone } from '../../shared/phone-mask';
import { CODE_TTL_SECONDS } from './login-limits';

export { maskPhone };

/** Delivers a login code to a phone; rejects when it could not be handed over. */
export interface CodeSender {
  send(phone: string, code: string): Promise<void>;
}

/** The text of the SMS, for gateways that send what they are given. */
export function codeText(code: string): string {
  return `【邻里通】您的登录验证码是 ${code}，${CODE_TTL_SECONDS / 60} 分钟内有效。请勿告诉他人。`;
}

/**
 * Demo mode only (the server refuses to start with it otherwise): prints the code to the console
 * with the number masked, for whoever runs the demo; the demo's reply shows the code anyway.
 */
export function createConsoleCodeSender(print: (line: string) => void = console.log): CodeSender {
  return {
    send: async (phone, code) => print(`[demo] login code for ${maskPhone(phone)}: ${code}`),
  };
}

/** Where and how the webhook sender posts. */
export interface WebhookSenderOptions {
  url: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string | undefined;
  /** Give up on a gateway that does not answer within this (default 5 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * POSTs `{phone, code, text, expiresInSeconds}` as JSON to an SMS gateway (or a small adapter in
 * front of one); any 2xx means it took the message. Failures say which status, never the number.
 */
export function createWebhookCodeSender(opts: WebhookSenderOptions): CodeSender {
  const doFetch = opts.fetch ?? globalThis.fetch;
  return {
    send: async (phone, code) => {
      const res = await doFetch(opts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        body: JSON.stringify({ phone, code, text: codeText(code), expiresInSeconds: CODE_TTL_SECONDS }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
      });
      // the body may echo the number: read it only to free the connection
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`the SMS webhook answered ${res.status}`);
    },
  };
}
