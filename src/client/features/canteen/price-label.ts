import type { Fen } from '../../../shared/money';
import { isFixedPrice, priceTierFor, tierById, tierPrice, type VerifiedFacts } from '../../../shared/canteen/pricing';
import type { Canteen } from '../../../shared/canteen/canteen';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import type { PriceTier } from '../../../shared/canteen/price-tier';
import { formatMoney } from '../../i18n/format';
import { t } from '../../i18n/t';

/** The canteen facts a price label needs. */
export type PricedCanteen = Pick<Canteen, 'priceTiers' | 'pricing'>;

/** A price at a tier in words: "助老价 ¥12.00", the set lunch "爱心午餐 ¥9.90", or a weighed estimate "约 ¥15.00 · 按称重结算". */
function labelAt(tier: Pick<PriceTier, 'kind'> | undefined, fen: Fen, pricing: Canteen['pricing']): string {
  const amount = t(isFixedPrice(tier, pricing) ? 'price.fixed' : 'price.weighed', { price: formatMoney(fen) });
  const prefix = t(`priceTier.${tier?.kind ?? 'standard'}`);
  return prefix ? `${prefix} ${amount}` : amount;
}

/**
 * What a diner pays for a slot, in words, at the tier the shared rule picks from verified facts
 * (the server picks again when booking, and its answer stands).
 */
export function priceLabel(diner: VerifiedFacts, canteen: PricedCanteen, slot: Pick<MealSlot, 'date' | 'meal'>): string {
  const tier = priceTierFor(diner, canteen, slot);
  return labelAt(tier, tierPrice(tier, slot.meal) ?? 0, canteen.pricing);
}

/** A price already fixed for a booking (its tier id and fen), in the same words as priceLabel. */
export function tierPriceLabel(tierId: string, fen: Fen, canteen: PricedCanteen): string {
  return labelAt(tierById(canteen, tierId), fen, canteen.pricing);
}
