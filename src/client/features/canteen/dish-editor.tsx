import { useState } from 'preact/hooks';
import type { Dish } from '../../../shared/canteen/dish';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { DishForm, type DishFormProps, type DishFormValues } from './dish-form';
import './editor-messages';

/** Props of DishEditor: the canteen's dishes, which photos still wait on this phone, and the save. */
export interface DishEditorProps {
  dishes: Dish[];
  pendingPhotos: ReadonlyMap<string, Blob>;
  preparePhoto: DishFormProps['preparePhoto'];
  /** Saves a dish (null id: a new one); resolves to the reason in words if refused, else null. */
  onSave: (dishId: string | null, values: DishFormValues) => Promise<string | null>;
}

/** The canteen's dishes, each with its tags and allergens, one open for editing at a time. */
export function DishEditor({ dishes, pendingPhotos, preparePhoto, onSave }: DishEditorProps) {
  // 'new' for the form of a new dish, a dish id for that dish's, null for none
  const [open, setOpen] = useState<string | null>(null);
  const form = (dish: Dish | null) => (
    <DishForm
      key={dish?.id ?? 'new'}
      initial={dish}
      pendingJpeg={dish?.photoId ? pendingPhotos.get(dish.photoId) ?? null : null}
      preparePhoto={preparePhoto}
      onCancel={() => setOpen(null)}
      onSave={async (values) => {
        const error = await onSave(dish?.id ?? null, values);
        if (!error) setOpen(null);
        return error;
      }}
    />
  );
  const sorted = [...dishes].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <section class="dish-editor" aria-labelledby="dish-editor-title">
      <h2 id="dish-editor-title">{t('editor.dishes')}</h2>
      {open === 'new' ? form(null) : <Button onClick={() => setOpen('new')}>{t('editor.addDish')}</Button>}
      <ul class="dish-rows">
        {sorted.map((dish) => (
          <li key={dish.id}>
            <span class="dish-name">{dish.name}</span>
            {dish.tags.map((tag) => <span key={tag} class={`chip chip-${tag}`}>{t(`dishTag.${tag}`)}</span>)}
            {dish.allergens.length > 0 && (
              <span class="allergens">{t('menu.allergens', { list: dish.allergens.map((a) => t(`allergen.${a}`)).join('、') })}</span>
            )}
            {dish.photoId && pendingPhotos.has(dish.photoId) && <span class="choice-note">{t('editor.photoWaiting')}</span>}
            {open === dish.id ? form(dish) : (
              <Button kind="secondary" onClick={() => setOpen(dish.id)} aria-label={t('editor.editDish', { name: dish.name })}>
                {t('editor.editDish', { name: '' })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
