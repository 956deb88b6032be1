import './counter-messages';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TIER_KINDS, type TierKind } from '../../../shared/canteen/price-tier';
import type { ServedPerDay } from '../../../shared/canteen/figures';
import { t } from '../../i18n/t';
import { dayLabel } from './date-label';

/** A kind of tier's name on the chart: its price words, or 普通 for the standard price, which has none. */
export function tierName(kind: TierKind): string {
  return t(`priceTier.${kind}`) || t('figures.standard');
}

const COLOURS = ['#7f0000', '#1b5e20', '#0d47a1', '#5c3c00', '#4a148c'];

/**
 * Meals served per day, stacked by tier, drawn by uPlot (a small maintained chart library, ~20 KB
 * gzipped), loaded only when this chart is first shown. The same numbers stand in a table under
 * it, for screen readers and for when the chart cannot load.
 */
export function ServedChart({ figures }: { figures: ServedPerDay }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  useEffect(() => {
    let chart: { destroy: () => void } | null = null;
    let live = true;
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (!live || !box.current) return;
      const xs = figures.dates.map((d) => Date.parse(`${d}T00:00:00+08:00`) / 1000);
      // stacked bars: each tier's bar reaches the running sum and is drawn over the ones above it,
      // so the day's total shows on top; the legend still reads each tier's own count
      let running = figures.dates.map(() => 0);
      const stacks = TIER_KINDS.map((kind) => (running = running.map((n, i) => n + (figures.byKind[kind][i] ?? 0))));
      const topFirst = TIER_KINDS.map((tier, i) => ({ tier, i })).reverse();
      chart = new UPlot({
        width: box.current.clientWidth, height: 220,
        scales: { x: { time: true } },
        series: [{ label: t('statement.date') }, ...topFirst.map(({ tier, i }) => ({
          label: tierName(tier), stroke: COLOURS[i % COLOURS.length], fill: COLOURS[i % COLOURS.length],
          paths: UPlot.paths.bars?.({ size: [0.7, 40] }),
          value: (_u: unknown, _v: number | null, _s: number, idx: number | null) => (idx === null ? '' : String(figures.byKind[tier][idx] ?? 0)),
        }))],
        axes: [{}, { label: t('figures.axis') }],
      }, [xs, ...topFirst.map(({ i }) => stacks[i] ?? [])], box.current);
      setState('drawn');
    }).catch(() => live && setState('failed'));
    return () => { live = false; chart?.destroy(); };
  }, [figures]);
  return (
    <figure class="served-chart">
      <div ref={box} aria-hidden="true" />
      {state === 'loading' && <p role="status">{t('statement.chartLoading')}</p>}
      {state === 'failed' && <p class="notice">{t('statement.chartFailed')}</p>}
      <figcaption>{t('statement.figures')}</figcaption>
      <details>
        <summary>{t('figures.table')}</summary>
        <table>
          <thead><tr><th scope="col">{t('statement.date')}</th>{TIER_KINDS.map((kind) => <th key={kind} scope="col">{tierName(kind)}</th>)}</tr></thead>
          <tbody>{figures.dates.map((d, i) => (
            <tr key={d}><th scope="row">{dayLabel(d)}</th>{TIER_KINDS.map((kind) => <td key={kind}>{figures.byKind[kind][i]}</td>)}</tr>
          ))}</tbody>
        </table>
      </details>
    </figure>
  );
}
