import type { FastifyBaseLogger } from 'fastify';

/** Delivers a login code to a phone (an SMS gateway in production). */
export interface CodeSender {
  send(phone: string, code: string): Promise<void>;
}

/** Writes the code to the server log: for development and demos, before an SMS gateway is set up. */
export function createLoggingCodeSender(logger: FastifyBaseLogger): CodeSender {
  return {
    send: async (phone, code) => {
      logger.info({ phone }, `login code for ${phone}: ${code}`);
    },
  };
}
