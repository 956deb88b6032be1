import { describe, expect, it, vi } from 'vitest';
import { encode } from 'uqr';
import jsQR from 'jsqr';
import { h } from 'preact';
import { cleanup, render } from '@testing-library/preact';
import { TicketScanner } from '../../../../src/client/features/events/ticket-scanner';
import { parseTicket, ticketCodeFor, ticketPayload } from '../../../../src/shared/events/signup';

/** Paints a QR matrix as RGBA pixels, as the camera frame the scanner reads would hold it. */
function paint(matrix: boolean[][], scale = 6, border = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const size = (matrix.length + border * 2) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) => row.forEach((dark, x) => {
    if (!dark) return;
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = (((y + border) * scale + dy) * size + (x + border) * scale + dx) * 4;
        data[at] = 0; data[at + 1] = 0; data[at + 2] = 0;
      }
    }
  }));
  return { data, width: size, height: size };
}

describe('ticket QR code', () => {
  it('is read back by the fallback decoder the door scanner uses, giving the sign-up and its code', () => {
    const signup = { id: '5b1e9c1e-3f0a-4f55-9f3c-2f2b8e7a1c11', ticketCode: ticketCodeFor('5b1e9c1e-3f0a-4f55-9f3c-2f2b8e7a1c11') };
    const image = paint(encode(ticketPayload(signup), { border: 0 }).data);
    const read = jsQR(image.data, image.width, image.height);
    expect(read?.data).toBe(ticketPayload(signup));
    expect(parseTicket(read?.data ?? '')).toEqual({ signupId: signup.id, code: signup.ticketCode });
  });

  it('accepts the typed code in any case and with spaces, and refuses what is not a code', () => {
    const code = ticketCodeFor('any-signup');
    expect(parseTicket(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `)).toEqual({ signupId: null, code });
    expect(parseTicket('hello')).toBeNull();
  });
});

describe('TicketScanner without a camera', () => {
  it('tells the screen, so staff can type the code instead', async () => {
    const onError = vi.fn();
    const onText = vi.fn();
    const original = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices');
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')) },
    });
    try {
      render(h(TicketScanner, { onText, onError }));
      await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce());
      expect(onText).not.toHaveBeenCalled();
    } finally {
      cleanup();
      if (original) Object.defineProperty(navigator, 'mediaDevices', original);
      else delete (navigator as { mediaDevices?: unknown }).mediaDevices;
    }
  });
});
