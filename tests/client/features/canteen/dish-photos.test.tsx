import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { openAppDb, type AppDb } from '../../../../src/client/data/db';
import { DishForm, type DishFormValues } from '../../../../src/client/features/canteen/dish-form';
import { keepPhoto, listPendingPhotos, uploadPendingPhotos } from '../../../../src/client/features/canteen/dish-photo-uploads';
import { ApiError, type ApiClient } from '../../../../src/client/sync/api-client';

const PHOTO_ID = 'a'.repeat(64);
const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' });

let db: AppDb;
beforeEach(() => {
  db = openAppDb(`photos-${crypto.randomUUID()}`);
  // jsdom has no object URLs: the preview's src only has to be some string
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  db.close();
});

/** An API client whose uploads answer as told, recording the paths asked for. */
function fakeApi(answer: (path: string) => Promise<unknown>): ApiClient & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    get: () => Promise.reject(new Error('not used')),
    post: () => Promise.reject(new Error('not used')),
    putFile: (path) => { paths.push(path); return answer(path) as Promise<never>; },
  };
}

describe('dish photos waiting for signal', () => {
  it('uploads a kept photo under its id and forgets it once the server has it', async () => {
    await keepPhoto(db, PHOTO_ID, jpeg());
    const api = fakeApi(async () => ({ photoId: PHOTO_ID, stored: true }));
    expect(await uploadPendingPhotos(db, api)).toEqual({ uploaded: 1, refused: 0 });
    expect(api.paths).toEqual([`/api/canteen/dish-photos/${PHOTO_ID}`]);
    expect(await listPendingPhotos(db)).toEqual([]);
  });

  it('keeps the photo without signal or on a server fault, and drops one the server refuses for good', async () => {
    await keepPhoto(db, PHOTO_ID, jpeg());
    for (const error of [new ApiError(0, 'NETWORK', 'offline'), new ApiError(503, 'INTERNAL', 'down')]) {
      expect(await uploadPendingPhotos(db, fakeApi(() => Promise.reject(error)))).toEqual({ uploaded: 0, refused: 0 });
      expect((await listPendingPhotos(db)).map((p) => p.photoId)).toEqual([PHOTO_ID]);
    }
    const refused = await uploadPendingPhotos(db, fakeApi(() => Promise.reject(new ApiError(400, 'INVALID', 'not a JPEG'))));
    expect(refused).toEqual({ uploaded: 0, refused: 1 });
    expect(await listPendingPhotos(db)).toEqual([]);
  });
});

describe('DishForm', () => {
  it('shrinks a picked photo, shows it, and saves the dish with the photo\'s id and JPEG', async () => {
    const small = jpeg();
    const preparePhoto = vi.fn(async () => ({ id: PHOTO_ID, jpeg: small }));
    const saved: DishFormValues[] = [];
    render(<DishForm initial={null} pendingJpeg={null} preparePhoto={preparePhoto} onCancel={() => {}}
      onSave={async (values) => { saved.push(values); return null; }} />);
    fireEvent.input(screen.getByLabelText('菜名'), { target: { value: '番茄炒蛋' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '软食' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '蛋' }));
    const big = new File([new Uint8Array(3_000_000)], 'camera.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByLabelText('照片（可以不加）'), { target: { files: [big] } });
    expect((await screen.findByRole('img', { name: '番茄炒蛋' })).getAttribute('src')).toBe('blob:preview');
    expect(preparePhoto).toHaveBeenCalledWith(big);
    fireEvent.click(screen.getByRole('button', { name: '保存菜品' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ name: '番茄炒蛋', tags: ['soft'], allergens: ['egg'], photo: { id: PHOTO_ID, jpeg: small } });
  });

  it('says so plainly when a file is no picture, and keeps the dish without it', async () => {
    const preparePhoto = vi.fn(async () => { throw new Error('not an image'); });
    render(<DishForm initial={{ name: '米饭', tags: ['staple'], allergens: [], photoId: null }} pendingJpeg={null}
      preparePhoto={preparePhoto} onCancel={() => {}} onSave={async () => null} />);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fireEvent.change(screen.getByLabelText('照片（可以不加）'), { target: { files: [new File(['x'], 'notes.txt')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('这张照片打不开，请换一张。');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows a dish\'s uploaded photo from the server path, which the service worker keeps', () => {
    render(<DishForm initial={{ name: '清蒸鲈鱼', tags: [], allergens: ['fish'], photoId: PHOTO_ID }} pendingJpeg={null}
      preparePhoto={vi.fn()} onCancel={() => {}} onSave={async () => null} />);
    expect(screen.getByRole('img', { name: '清蒸鲈鱼' }).getAttribute('src')).toBe(`/media/dish-photos/${PHOTO_ID}.jpg`);
  });
});
