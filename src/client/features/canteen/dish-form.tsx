import { useEffect, useState } from 'preact/hooks';
import { ALLERGENS, DISH_TAGS, MAX_DISH_NAME, dishPhotoPath, type Allergen, type Dish, type DishTag } from '../../../shared/canteen/dish';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import './editor-messages';

/** What the dish form saves: the dish's words and photo (a photo just taken comes with its JPEG). */
export interface DishFormValues {
  name: string;
  tags: DishTag[];
  allergens: Allergen[];
  photo: { id: string; jpeg: Blob | null } | null;
}

/** Props of DishForm: the dish (none for a new one), how to shrink a photo, and where to save. */
export interface DishFormProps {
  initial: Pick<Dish, 'name' | 'tags' | 'allergens' | 'photoId'> | null;
  /** The photo of the dish if it still waits on this phone for an upload. */
  pendingJpeg: Blob | null;
  /** Shrinks a picked photo to a small JPEG and names it; throws if the file is no picture. */
  preparePhoto: (file: File) => Promise<{ id: string; jpeg: Blob }>;
  onSave: (values: DishFormValues) => Promise<string | null>;
  onCancel: () => void;
}

/** A URL for a blob while a component shows it, released when it no longer does. */
function useBlobUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return setUrl(null);
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}

/** Ticks an item in or out of a list. */
function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** A dish's editor: its name, tags (软食, 低盐 …), allergens and an optional photo, shrunk on the phone. */
export function DishForm({ initial, pendingJpeg, preparePhoto, onSave, onCancel }: DishFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [tags, setTags] = useState<DishTag[]>(initial?.tags ?? []);
  const [allergens, setAllergens] = useState<Allergen[]>(initial?.allergens ?? []);
  const [photo, setPhoto] = useState<DishFormValues['photo']>(initial?.photoId ? { id: initial.photoId, jpeg: pendingJpeg } : null);
  const [shrinking, setShrinking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const localUrl = useBlobUrl(photo?.jpeg ?? null);
  // a photo still on this phone is shown from here, never asked of a server that lacks it
  const photoSrc = photo?.jpeg ? localUrl : photo ? dishPhotoPath(photo.id) : null;

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setShrinking(true);
    setError(null);
    try {
      setPhoto(await preparePhoto(file));
    } catch (err) {
      console.warn('photo not usable', err);
      setError(t('editor.photoUnreadable'));
    } finally {
      setShrinking(false);
      input.value = '';
    }
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(await onSave({ name, tags, allergens, photo }));
  };
  return (
    <form class="panel dish-form" onSubmit={submit} aria-label={initial ? t('editor.editDish', { name: initial.name }) : t('editor.addDish')}>
      <label>
        {t('editor.dishName')}
        <input type="text" required maxLength={MAX_DISH_NAME} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t('editor.tags')}</legend>
        <div class="choice-grid">
          {DISH_TAGS.map((tag) => (
            <label key={tag} class="choice">
              <input type="checkbox" checked={tags.includes(tag)} onChange={(e) => setTags(toggle(tags, tag, e.currentTarget.checked))} />
              <span>{t(`dishTag.${tag}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('editor.allergens')}</legend>
        <div class="choice-grid">
          {ALLERGENS.map((allergen) => (
            <label key={allergen} class="choice">
              <input type="checkbox" checked={allergens.includes(allergen)}
                onChange={(e) => setAllergens(toggle(allergens, allergen, e.currentTarget.checked))} />
              <span>{t(`allergen.${allergen}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t('editor.photo')}
        <input type="file" accept="image/*" disabled={shrinking} onChange={(e) => void pick(e.currentTarget)} />
      </label>
      {shrinking && <p role="status">{t('editor.photoShrinking')}</p>}
      {photoSrc && (
        <div class="dish-photo-preview">
          <img src={photoSrc} alt={name} width={160} height={120} />
          <Button kind="secondary" onClick={() => setPhoto(null)}>{t('editor.removePhoto')}</Button>
        </div>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="panel-actions">
        <Button type="submit" disabled={shrinking}>{t('editor.saveDish')}</Button>
        <Button kind="secondary" onClick={onCancel}>{t('editor.cancel')}</Button>
      </div>
    </form>
  );
}
