import type { RejectionCode } from '../../../shared/rejection';
import type { MutationName } from '../../../shared/sync/mutations';
import { rejectionMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ReadAloudButton } from '../../ui/read-aloud-button';

/** A refused mutation as the banner tells it: what it was (when known) and why. */
export interface RejectionView {
  id: string;
  code: RejectionCode;
  action: MutationName;
  /** What it concerned, in words ("11月27日 周五 午餐"), when this phone still knows. */
  context: string | null;
}

/** What a refused mutation was, in words: "11月27日 周五 午餐 预订", or just "预订". */
export function describeRejection(item: Pick<RejectionView, 'action' | 'context'>): string {
  const action = t(`mutation.${item.action}`);
  if (item.context === null) return action;
  return t('rejections.what', { what: item.context, action });
}

/** The banner on every screen listing what could not be done and why, each with 知道了. */
export function RejectionList({ items, onDismiss }: { items: RejectionView[]; onDismiss: (id: string) => void }) {
  if (items.length === 0) return null;
  return (
    <Banner tone="warning" title={t('rejections.title', { count: items.length })}>
      <ul class="rejections">
        {items.map((item) => {
          const words = t('rejections.item', { what: describeRejection(item), reason: rejectionMessage(item.code) });
          return (
            <li key={item.id}>
              <p>{words}</p>
              <ReadAloudButton text={words} />
              <Button kind="secondary" onClick={() => onDismiss(item.id)}>
                {t('rejections.dismiss')}
              </Button>
            </li>
          );
        })}
      </ul>
    </Banner>
  );
}
