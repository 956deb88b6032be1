import { dishPhotoPath, type Dish } from '../../../shared/canteen/dish';
import { t } from '../../i18n/t';

/**
 * A meal's dishes in serving order, each with its photo (if any), its tags (软食, 低盐 …) as
 * chips and what allergens it contains. A photo not on the server yet (still on the staff's
 * phone) is left out rather than shown broken; once loaded, the service worker keeps it.
 */
export function DishList({ dishes }: { dishes: Pick<Dish, 'id' | 'name' | 'tags' | 'allergens' | 'photoId'>[] }) {
  return (
    <ul class="dishes" aria-label={t('menu.dishes')}>
      {dishes.map((dish) => (
        <li key={dish.id}>
          {dish.photoId && (
            <img class="dish-photo" src={dishPhotoPath(dish.photoId)} alt="" width={64} height={48} loading="lazy"
              onError={(e) => { e.currentTarget.hidden = true; }} />
          )}
          <span class="dish-name">{dish.name}</span>
          {dish.tags.map((tag) => (
            <span key={tag} class={`chip chip-${tag}`}>
              {t(`dishTag.${tag}`)}
            </span>
          ))}
          {dish.allergens.length > 0 && (
            <span class="allergens">{t('menu.allergens', { list: dish.allergens.map((a) => t(`allergen.${a}`)).join('、') })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
