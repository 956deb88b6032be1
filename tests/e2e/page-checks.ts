/**
 * The checks every screen must pass in Chromium: axe-core's WCAG rules, and the sizes an
 * 80-year-old needs (text large enough, targets tall enough, no sideways scrolling at 200 % text).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG levels the issue asks for: A and AA of 2.0, 2.1 and 2.2. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation, as much of it as a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the whole page with the WCAG tags above and returns its violations. With
 * `clockPaused` (a toast held open by a paused Playwright clock) axe's own timers are driven by
 * advancing that clock in small steps until axe has finished, far less than a toast's lifetime.
 */
export async function axeViolations(page: Page, { clockPaused = false } = {}): Promise<AxeViolation[]> {
  // once per document: a reload or a new page needs it again. Evaluated, not added as a <script>:
  // the app's CSP (script-src 'self') rightly refuses inline scripts, and a test must not loosen it
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  await page.evaluate((tags) => {
    interface RawViolation { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }
    const w = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: RawViolation[] }> };
      axeOutcome?: { violations?: AxeViolation[]; error?: string };
    };
    delete w.axeOutcome;
    w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then(
      (result) => {
        w.axeOutcome = { violations: result.violations.map((v) => ({
          id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')),
        })) };
      },
      (error: unknown) => { w.axeOutcome = { error: String(error) }; },
    );
  }, [...AXE_TAGS]);
  const outcome = () => page.evaluate(() => (window as unknown as { axeOutcome?: { violations?: AxeViolation[]; error?: string } }).axeOutcome ?? null);
  let done = await outcome();
  while (!done) {
    if (clockPaused) await page.clock.runFor(5);
    else await page.waitForFunction(() => 'axeOutcome' in window);
    done = await outcome();
  }
  if (done.error !== undefined) throw new Error(`axe-core failed: ${done.error}`);
  return done.violations ?? [];
}

/** Violations in lines a person can act on: rule, impact, what it asks, and where. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    at ${v.targets.join('\n    at ')}`).join('\n');
}

/** The smallest text and target a mode promises: normal 18 px / 48 px; elder mode will ask 20 / 60. */
export interface SizeFloor {
  textPx: number;
  targetPx: number;
}

/** What falls short of a size floor on the screen as it is now. */
export interface SizeReport {
  smallText: string[];
  smallTargets: string[];
}

/**
 * Measures every rendered text and control of the page (also below the fold): the computed
 * font-size of each text node's element, and the height of each button, link and input. A
 * checkbox or radio counts by its label, which is what a finger taps.
 */
export async function measureSizes(page: Page, floor: SizeFloor): Promise<SizeReport> {
  return page.evaluate(({ textPx, targetPx }) => {
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const name = el.getAttribute('aria-label') ?? text;
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${name}"`;
    };
    // rendered and on the page, not a skip link parked off-screen until it gets focus
    const isShown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && rect.right > 0;
    };
    const smallText = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || (node.textContent ?? '').trim() === '' || !isShown(el)) continue;
      if (el.closest('svg, script, style, noscript')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < textPx) smallText.add(`${describe(el)} ${size}px`);
    }
    const smallTargets = new Set<string>();
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary')) {
      if (!isShown(el)) continue;
      const input = el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) ? el : null;
      const target = input ? (input.closest('label') ?? input.labels?.[0] ?? input) : el;
      const height = target.getBoundingClientRect().height;
      if (height < targetPx - 0.5) smallTargets.add(`${describe(target)} ${Math.round(height)}px`);
    }
    return { smallText: [...smallText], smallTargets: [...smallTargets] };
  }, floor);
}

/**
 * Whether the page scrolls sideways at 320 px wide with the root text size doubled (what a phone
 * set to 200 % text does to rem), or twice `baseTextPx` when given, so every mode is checked at
 * the same size; the viewport and text size are put back afterwards.
 */
export async function scrollsSidewaysAt200Percent(page: Page, baseTextPx?: number): Promise<{ scrollWidth: number; clientWidth: number; widest: string[] } | null> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: viewport?.height ?? 740 });
  try {
    return await page.evaluate((base) => {
      const root = document.documentElement;
      const before = root.style.fontSize;
      root.style.fontSize = `${(base ?? parseFloat(getComputedStyle(root).fontSize)) * 2}px`;
      try {
        const scroller = document.scrollingElement ?? root;
        if (scroller.scrollWidth <= scroller.clientWidth) return null;
        // the elements that stick out, to say where to look
        const widest = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > scroller.clientWidth + 1 && el.checkVisibility())
          .slice(-5)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)} right=${Math.round(el.getBoundingClientRect().right)}`);
        return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, widest };
      } finally {
        root.style.fontSize = before;
      }
    }, baseTextPx);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}
