import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder under DATA_DIR that holds dish photos, one file per SHA-256. */
export function photoDir(dataDir: string): string {
  return join(dataDir, 'dish-photos');
}

/** The file of a photo (the id is checked to be 64 hex digits before it gets here). */
export function photoFile(dataDir: string, photoId: string): string {
  return join(photoDir(dataDir), `${photoId}.jpg`);
}

/** The SHA-256 of bytes, in hex: a photo's id. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether bytes start like a JPEG (SOI marker and the next marker's FF). */
export function looksLikeJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/**
 * Stores a photo under its id. Written to a temporary file and renamed, so a reader never sees
 * half a photo and two uploads of the same photo (from two phones) both end with the same file.
 */
export function storePhoto(dataDir: string, photoId: string, bytes: Uint8Array): 'stored' | 'existing' {
  const file = photoFile(dataDir, photoId);
  if (existsSync(file)) return 'existing';
  mkdirSync(photoDir(dataDir), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
  return 'stored';
}
