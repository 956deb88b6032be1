import type { ScreenProps } from '../../service';
import { CardPrintScreen } from './card-print-screen';
import { OfficeScreen } from './office-screen';

/** Staff's accounts pages: a card's printable page when the path names one, else the office desk. */
export function StaffPages(props: ScreenProps) {
  return props.params?.id ? <CardPrintScreen {...props} /> : <OfficeScreen {...props} />;
}
