/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: what the accessibility statement says we check. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Impacts that fail a test; `moderate` and `minor` findings are left to manual review. */
const BLOCKING = new Set(['serious', 'critical']);

/** The smallest tap target we accept, in CSS pixels (WCAG 2.5.5's 44 px). */
export const MIN_TARGET_PX = 44;

function describeViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 8)
    .map((node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n\s*/g, ' / ')}`)
    .join('\n');
  const more = violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : '';
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${nodes}${more}`;
}

/**
 * Waits (up to 5 s) until the page shows words: the footer link, on every page, has its text. A
 * string not yet translated comes from the French locale, fetched on demand a moment after the
 * page appears. Answers whether it came; if not, axe will say what is missing.
 */
export async function settled(page: Page): Promise<boolean> {
  try {
    await page.getByTestId('accessibility-link').filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/** Runs axe (WCAG 2.1 A and AA) on the page as it is; answers the serious and critical findings, in words. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? '')).map(describeViolation);
}

/** Fails with every serious or critical finding listed (rule, element, what is wrong), naming the screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = await seriousViolations(page);
  if (found.length > 0) throw new Error(`axe: ${found.length} serious or critical violation(s) on ${screen}:\n${found.join('\n')}`);
}

/**
 * Every visible button, link, field and select smaller than 44×44 px, as "tag#id text (w×h)".
 * A radio or checkbox is measured by its label, which is what a finger actually presses.
 */
export async function smallTargets(page: Page, min = MIN_TARGET_PX): Promise<string[]> {
  return page.evaluate((minPx) => {
    const found: string[] = [];
    const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"]';
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || element.closest('[hidden], [aria-hidden="true"]')) continue;
      // The skip link sits off screen until focused; focused, it is large enough (checked in CSS).
      if (element.classList.contains('skip-link')) continue;
      const choice = element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
      const target = choice ? (element.closest('label') ?? element.labels?.[0] ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Half a pixel of rounding (rem sizes on a 2× screen) is not a smaller target.
      if (box.width + 0.5 < minPx || box.height + 0.5 < minPx) {
        const name = (target.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) || element.getAttribute('aria-label') || '';
        const id = element.dataset['testid'] ?? element.id;
        found.push(`${element.tagName.toLowerCase()}${id ? `#${id}` : ''} "${name}" (${Math.round(box.width)}×${Math.round(box.height)})`);
      }
    }
    return found;
  }, min);
}

export interface Overflow {
  /** How many pixels the page scrolls sideways (0 when nothing is lost). */
  pixels: number;
  /** The innermost elements that stick out of the viewport, with their parent, text and outer edge. */
  culprits: string[];
}

/**
 * With the text at 200 % (WCAG 1.4.4 and 1.4.10), at each width in turn: whether the page
 * scrolls sideways, and what sticks out. Puts the page back as it was afterwards.
 */
export async function overflowAtDoubleText(page: Page, widths: readonly number[]): Promise<Record<number, Overflow>> {
  const before = page.viewportSize();
  const overflow: Record<number, Overflow> = {};
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: before?.height ?? 740 });
      overflow[width] = await page.evaluate(() => {
        const root = document.documentElement;
        const limit = root.clientWidth;
        const rtl = getComputedStyle(root).direction === 'rtl';
        const sticksOut = (element: Element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (rtl ? box.left < -0.5 : box.right > limit + 0.5);
        };
        const culprits = Array.from(document.body.querySelectorAll('*'))
          .filter((element) => sticksOut(element) && !Array.from(element.children).some(sticksOut))
          .slice(0, 6)
          .map((element) => {
            const box = element.getBoundingClientRect();
            const name = (e: Element | null) => (e ? `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') ?? '').replace(/ /g, '.')}` : '');
            const text = (element.textContent ?? '').trim().slice(0, 30);
            return `${name(element)} in ${name(element.parentElement)} "${text}" (${Math.round(rtl ? box.left : box.right)})`;
          });
        return { pixels: Math.max(0, root.scrollWidth - limit), culprits };
      });
    }
  } finally {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    if (before) await page.setViewportSize(before);
  }
  return overflow;
}

/** Elements that still move (a transition or an animation that lasts), as "tag.class". */
export async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) => Math.max(0, ...list.split(',').map((s) => parseFloat(s) || 0));
    const moving: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element);
      const transition = style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0;
      const animation = style.animationName !== 'none' && seconds(style.animationDuration) > 0;
      if (transition || animation) moving.push(`${element.tagName.toLowerCase()}.${String(element.className)}`);
    }
    return moving;
  });
}

/** Widths a phone page must fit with its text at 200 %: a common phone, and WCAG's 320 px reflow width. */
export const PHONE_WIDTHS = [360, 320] as const;

/**
 * What screens must pass, gathered rather than thrown, so that one run lists every problem of
 * every screen (a failure in one phase does not hide those of the next).
 */
export class AccessibilityFindings {
  readonly problems: string[] = [];

  async axe(page: Page, screen: string): Promise<void> {
    await settled(page);
    const found = await seriousViolations(page);
    if (found.length > 0) this.problems.push(`axe, ${screen}: ${found.length} serious or critical violation(s):\n${found.join('\n')}`);
  }

  /** A participant page: 44 px targets, and no sideways scrolling with text at 200 %. */
  async phoneFriendly(page: Page, screen: string): Promise<void> {
    const small = await smallTargets(page);
    if (small.length > 0) this.problems.push(`targets under 44 px, ${screen}:\n  ${small.join('\n  ')}`);
    const overflow = await overflowAtDoubleText(page, PHONE_WIDTHS);
    for (const [width, { pixels, culprits }] of Object.entries(overflow)) {
      if (pixels > 0) this.problems.push(`text at 200 %, ${screen}: scrolls ${pixels} px sideways at ${width} px wide, past the edge: ${culprits.join(', ')}`);
    }
  }

  /** Nothing moves once the reader asked for reduced motion. */
  async still(page: Page, screen: string): Promise<void> {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      const moving = await movingElements(page);
      if (moving.length > 0) this.problems.push(`motion despite prefers-reduced-motion, ${screen}: ${moving.join(', ')}`);
    } finally {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    }
  }

  /** Fails with every problem found, screen by screen. */
  expectNone(): void {
    if (this.problems.length > 0) throw new Error(`${this.problems.length} accessibility problem(s):\n\n${this.problems.join('\n\n')}`);
  }
}

/** The page's document direction and language, as set by the i18n layer. */
export async function documentDirection(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}
