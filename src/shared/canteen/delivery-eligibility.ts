import type { Member } from '../member';
import type { Canteen } from './canteen';
import { elderAgeOf, verifiedAgeOn } from './pricing';

/** The facts staff verified that make a resident eligible for 送餐上门 besides age. */
export interface DeliveryFacts {
  /** A disability that keeps them from coming to the canteen. */
  disability: boolean;
  /** Lives alone (独居老人). */
  livesAlone: boolean;
}

/**
 * Whether a resident may have meals delivered on a date: from the canteen's delivery age on a
 * verified birth date; with a disability at any age; living alone from the age of the canteen's
 * youngest elder tier (its 助老价), or from the delivery age where it has no elder price.
 * Unverified ages count for nothing, as for prices.
 */
export function isDeliveryEligible(
  diner: Pick<Member, 'birthDate' | 'ageVerified'>,
  facts: DeliveryFacts | null,
  canteen: Pick<Canteen, 'deliveryAge' | 'priceTiers'>,
  date: string,
): boolean {
  const age = verifiedAgeOn(diner, date);
  if (age !== null && age >= canteen.deliveryAge) return true;
  if (facts?.disability) return true;
  return facts?.livesAlone === true && age !== null && age >= (elderAgeOf(canteen) ?? canteen.deliveryAge);
}
