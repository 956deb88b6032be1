/**
 * Dish photos on their way to the server. A shrunk photo is kept in IndexedDB under its hash,
 * so saveDish can name it at once (also offline) and the upload happens whenever there is
 * signal: right away, when the editor opens, and when the phone comes back online. The upload
 * is idempotent (the server names the file by the same hash), so a retry never duplicates it.
 */
import type { AppDb } from '../../data/db';
import type { PendingDishPhoto } from './canteen-tables';
import { ApiError, createApiClient, type ApiClient } from '../../sync/api-client';

const defaultApi = createApiClient();

/** Keeps a photo on this phone until it is uploaded. */
export async function keepPhoto(db: AppDb, photoId: string, jpeg: Blob): Promise<void> {
  await db.dishPhotoUploads.put({ photoId, jpeg });
}

/** The photos still waiting, to show them from this phone until the server has them. */
export async function listPendingPhotos(db: AppDb): Promise<PendingDishPhoto[]> {
  return db.dishPhotoUploads.toArray();
}

/**
 * Uploads every waiting photo. A photo the server refuses for good (not a JPEG, too large) is
 * dropped and counted as failed; without signal or with a server fault the photo stays for the
 * next try. Returns how many were uploaded and how many were refused.
 */
export async function uploadPendingPhotos(db: AppDb, api: ApiClient = defaultApi): Promise<{ uploaded: number; refused: number }> {
  let uploaded = 0;
  let refused = 0;
  for (const { photoId, jpeg } of await db.dishPhotoUploads.toArray()) {
    try {
      await api.putFile(`/api/canteen/dish-photos/${photoId}`, jpeg);
      uploaded += 1;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.isRetryable || error.isUnauthenticated) continue;
      console.warn('dish photo refused by the server', photoId, error.code);
      refused += 1;
    }
    await db.dishPhotoUploads.delete(photoId);
  }
  return { uploaded, refused };
}
