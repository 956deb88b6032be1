import './accounts-messages';
import './accounts.css';
import { useEffect, useState } from 'preact/hooks';
import { cardLink } from '../../../shared/accounts/card-link';
import type { ServiceCard } from '../../../shared/accounts/service-card';
import { useLiveQuery } from '../../data/use-live-query';
import { pendingRowKeys } from '../../data/sync-queries';
import { t } from '../../i18n/t';
import type { ScreenProps } from '../../service';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { useNow } from '../../ui/use-now';
import { ACCOUNT_PATHS } from './accounts-paths';
import { cardStateWords } from './card-desk';
import { cardTokenOf } from './card-token';

interface PrintData {
  card: ServiceCard | undefined;
  holder: string;
  community: string;
  unsent: Set<string>;
}

/** The last day a card logs in, as printed on it. */
function lastDay(card: ServiceCard): string {
  return new Date(card.expiresAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
}

/** The card's QR code as SVG markup, drawn on this phone by the lazily loaded uqr. */
function useQrSvg(text: string | null): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return undefined;
    let live = true;
    import('uqr').then(
      ({ renderSVG }) => { if (live) setSvg(renderSVG(text, { border: 2, ecc: 'M' })); },
      (error: unknown) => console.error('could not draw the QR code', error),
    );
    return () => { live = false; };
  }, [text]);
  return svg;
}

/**
 * The printable 党群爱心联系服务卡: the elder's name and community, a large QR code, and how to use
 * it. The code holds the card's secret link, which exists only in this tab (never stored): after a
 * reload the card cannot be printed again, and staff revoke it and print a new one.
 */
export function CardPrintScreen({ db, params }: ScreenProps) {
  const cardId = params?.id ?? '';
  const now = useNow();
  const data = useLiveQuery<PrintData | null>(async () => {
    const card = await db.serviceCard.get(cardId);
    const holder = card && (await db.member.get(card.memberId));
    const community = card && (await db.community.get(card.communityId));
    const keys = await pendingRowKeys(db);
    return { card, holder: holder?.name ?? '', community: community?.name ?? '', unsent: new Set(keys.has(`serviceCard:${cardId}`) ? [cardId] : []) };
  }, [db, cardId], null);
  const token = cardTokenOf(cardId);
  const svg = useQrSvg(token === undefined ? null : cardLink(location.origin, token));
  if (data === null) return <p role="status">{t('app.loading')}</p>;
  const { card } = data;
  if (!card) return <Page title={t('print.title')}><p>{t('print.noCard')}</p></Page>;
  return (
    <Page title={t('print.title')}>
      <p class="card-state" role="status">{cardStateWords(card, data.unsent, now)}</p>
      {data.unsent.has(card.id) && <p class="hint">{t('print.waitForSync')}</p>}
      {token === undefined ? <p class="notice">{t('print.tokenGone')}</p> : (
        <>
          <article class="service-card" aria-label={t('print.cardLabel', { name: data.holder })}>
            <p class="service-card-brand">{t('print.brand')}</p>
            <p class="service-card-name">{data.holder}</p>
            <p class="service-card-community">{data.community}</p>
            {svg && <div class="service-card-qr" role="img" aria-label={t('print.qrLabel')} dangerouslySetInnerHTML={{ __html: svg }} />}
            <p class="service-card-how">{t('print.how', { date: lastDay(card) })}</p>
            <p class="service-card-keep">{t('print.keep')}</p>
          </article>
          <Button class="no-print" onClick={() => print()}>{t('print.print')}</Button>
        </>
      )}
      <p class="no-print"><a class="nav-link" href={ACCOUNT_PATHS.office}>{t('print.back')}</a></p>
    </Page>
  );
}
