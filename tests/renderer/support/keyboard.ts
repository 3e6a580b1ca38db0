import type { Page } from 'playwright-core';

/** What has keyboard focus, as a user would describe it, and whether its focus ring shows. */
export interface FocusState {
  readonly tag: string;
  readonly name: string;
  /** The focused control, or the label drawn around a visually hidden one, has a visible outline. */
  readonly ringVisible: boolean;
}

/** Reads the focused element: its accessible-ish name and whether a focus ring is drawn. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    type El = { tagName: string; textContent: string | null; getAttribute(name: string): string | null; closest(selector: string): El | null; labels?: ArrayLike<El> | null };
    const doc = (globalThis as unknown as { document: { activeElement: El | null } }).document;
    const style = (globalThis as unknown as { getComputedStyle(element: El): { outlineStyle: string; outlineWidth: string } }).getComputedStyle;
    const element = doc.activeElement;
    if (!element) return { tag: '', name: '', ringVisible: false };
    const ring = (candidate: El | null) => {
      if (!candidate) return false;
      const computed = style(candidate);
      return computed.outlineStyle !== 'none' && Number.parseFloat(computed.outlineWidth) >= 2;
    };
    const label = element.labels?.[0]?.textContent ?? '';
    const name = (element.getAttribute('aria-label') ?? (label || element.textContent) ?? '').replace(/\s+/g, ' ').trim();
    // The range picker hides its radio inputs and draws the ring on their label.
    return { tag: element.tagName.toLowerCase(), name, ringVisible: ring(element) || ring(element.closest('label')) };
  });
}

/**
 * Presses Tab until the focused element's name matches `name`, checking
 * that every stop on the way shows its focus ring. Fails after `maxTabs`.
 */
export async function tabTo(page: Page, name: string | RegExp, options: { readonly maxTabs?: number; readonly backwards?: boolean } = {}): Promise<FocusState> {
  const seen: string[] = [];
  for (let press = 0; press < (options.maxTabs ?? 60); press += 1) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const state = await focusState(page);
    seen.push(state.name);
    if (state.tag !== 'body' && !state.ringVisible) throw new Error(`focus on <${state.tag}> "${state.name}" has no visible focus ring`);
    if (typeof name === 'string' ? state.name === name : name.test(state.name)) return state;
  }
  throw new Error(`Tab never reached ${String(name)}; stops were: ${JSON.stringify(seen)}`);
}
