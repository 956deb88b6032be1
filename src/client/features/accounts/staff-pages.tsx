import type { ScreenProps } from '../../service';
import { AuditScreen } from './audit-screen';
import { CardPrintScreen } from './card-print-screen';
import { OfficeScreen } from './office-screen';

/** Staff's accounts pages: a card's printable page when the path names one, the audit log, else the office desk. */
export function StaffPages(props: ScreenProps) {
  if (props.params?.id) return <CardPrintScreen {...props} />;
  return props.params?.page === 'audit' ? <AuditScreen {...props} /> : <OfficeScreen {...props} />;
}
