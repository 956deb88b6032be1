import './event-messages';
import { useEffect, useState } from 'preact/hooks';
import { ticketPayload, type Signup } from '../../../shared/events/signup';
import { t } from '../../i18n/t';

/**
 * A ticket: the QR code (drawn on the phone by the lazily loaded `uqr`, so it works offline once
 * the app is cached) and the short code to read out when the camera fails.
 */
export function Ticket({ signup }: { signup: Pick<Signup, 'id' | 'ticketCode'> }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('uqr').then(
      ({ renderSVG }) => { if (live) setSvg(renderSVG(ticketPayload(signup), { border: 2 })); },
      (error: unknown) => console.error('could not draw the QR code', error),
    );
    return () => { live = false; };
  }, [signup.id, signup.ticketCode]);
  return (
    <figure class="ticket" aria-label={t('events.ticket')}>
      {/* the SVG is generated locally from our own payload, never from user input */}
      {svg && <div class="ticket-qr" role="img" aria-label={t('events.ticket')} dangerouslySetInnerHTML={{ __html: svg }} />}
      <figcaption>
        <strong class="ticket-code">{t('events.ticketCode', { code: signup.ticketCode })}</strong>
        <span>{t('events.ticketHint')}</span>
      </figcaption>
    </figure>
  );
}
