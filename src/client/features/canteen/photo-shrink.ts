import { PHOTO_TARGET_BYTES } from '../../../shared/canteen/dish';

/** The longest side a dish photo starts at: sharp on a phone, small to send. */
const START_SIDE = 1280;
/** Below this the dish cannot be recognised: better no photo than a smudge. */
const MIN_SIDE = 240;

/** A canvas's picture as a JPEG of a quality (0–1). */
function jpegOf(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the photo could not be encoded'))), 'image/jpeg', quality);
  });
}

/**
 * Shrinks a photo from the camera (often several MB) on the phone to a JPEG of at most ~100 KB:
 * drawn on a canvas at most 1280 px on its longest side, then lower quality, then smaller,
 * until it fits. Throws if the file is not a picture the browser can read.
 */
export async function shrinkPhoto(file: Blob, targetBytes = PHOTO_TARGET_BYTES): Promise<Blob> {
  // the browser turns the picture upright by its EXIF orientation
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas to shrink the photo on');
    let side = START_SIDE;
    let quality = 0.82;
    for (;;) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      // JPEG has no transparency: a white plate rather than black behind a cut-out picture
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const jpeg = await jpegOf(canvas, quality);
      if (jpeg.size <= targetBytes) return jpeg;
      if (quality > 0.55) quality -= 0.12;
      else if (side > MIN_SIDE) side = Math.max(MIN_SIDE, Math.round(side * 0.75));
      else throw new Error('the photo could not be made small enough');
    }
  } finally {
    bitmap.close();
  }
}

/** A photo's id: the SHA-256 of its bytes in hex, the same the server computes. */
export async function photoIdOf(jpeg: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await jpeg.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
