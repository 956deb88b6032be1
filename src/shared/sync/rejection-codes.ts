import { CORE_REJECTION_CODES, type RejectionCode } from '../rejection';
import { SERVICES } from '../services';

/** Every rejection code: the core's, then each registered service's. */
export const REJECTION_CODES: readonly RejectionCode[] = [
  ...CORE_REJECTION_CODES,
  ...Object.values(SERVICES).flatMap((service): readonly RejectionCode[] => service.rejections),
];

type Listed = (typeof CORE_REJECTION_CODES)[number] | (typeof SERVICES)[keyof typeof SERVICES]['rejections'][number];
/** A code declared in ServiceRejectionCodes by a module that is not registered fails to compile here. */
const everyCodeListed: [Exclude<RejectionCode, Listed>] extends [never] ? true : never = true;
void everyCodeListed;
