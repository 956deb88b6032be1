import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

/**
 * Reads the QR code drawn as an SVG inside a locator, as a phone's camera would: the page paints
 * the SVG onto a canvas at 400 px and hands back the pixels, and jsQR decodes them here.
 */
export async function readQrCode(locator: Locator): Promise<string> {
  const svg = await locator.locator('svg').evaluate((el) => new XMLSerializer().serializeToString(el));
  const pixels = await locator.page().evaluate(async (markup) => {
    const size = 400;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    return { data: Array.from(context.getImageData(0, 0, size, size).data), size };
  }, svg);
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size);
  if (!code) throw new Error('no QR code could be read');
  return code.data;
}
