import type { Fen } from '../../../shared/money';
import { isFixedPrice, priceForDiner } from '../../../shared/canteen/pricing';
import type { Canteen, Pricing } from '../../../shared/canteen/canteen';
import type { Member } from '../../../shared/member';
import type { MealSlot, PriceTier } from '../../../shared/canteen/meal-slot';
import { formatMoney } from '../../i18n/format';
import { t } from '../../i18n/t';

/**
 * What a diner pays for a slot, in words: "助老价 ¥12.00", the set worker lunch "爱心午餐 ¥9.90"
 * (fixed even at a weighing canteen), or a weighed meal's estimate "约 ¥15.00 · 按称重结算".
 * The tier comes from the shared pricing rule.
 */
export function priceLabel(
  diner: Pick<Member, 'birthDate' | 'ageVerified' | 'groups'>,
  canteen: Pick<Canteen, 'elderAge' | 'pricing'>,
  slot: Pick<MealSlot, 'date' | 'meal' | 'prices'>,
): string {
  const { tier, fen } = priceForDiner(diner, canteen, slot);
  return tierPriceLabel(tier, fen, canteen.pricing);
}

/** A price already fixed for a tier (as a booking holds it), in the same words as priceLabel. */
export function tierPriceLabel(tier: PriceTier, fen: Fen, pricing: Pricing): string {
  const amount = t(isFixedPrice(tier, pricing) ? 'price.fixed' : 'price.weighed', { price: formatMoney(fen) });
  const prefix = t(`priceTier.${tier}`);
  return prefix ? `${prefix} ${amount}` : amount;
}
