import type { Dish } from '../../../shared/canteen/dish';
import { t } from '../../i18n/t';

/** A meal's dishes in serving order, each with its tags (软食, 低盐 …) as chips. */
export function DishList({ dishes }: { dishes: Pick<Dish, 'id' | 'name' | 'tags'>[] }) {
  return (
    <ul class="dishes" aria-label={t('menu.dishes')}>
      {dishes.map((dish) => (
        <li key={dish.id}>
          <span class="dish-name">{dish.name}</span>
          {dish.tags.map((tag) => (
            <span key={tag} class={`chip chip-${tag}`}>
              {t(`dishTag.${tag}`)}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
