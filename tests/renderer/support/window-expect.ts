import type { Locator } from 'playwright-core';

/** Waits until `locator` has an element containing `text` (a user would see it); fails with what was there instead. */
export async function expectVisibleText(locator: Locator, text: string | RegExp, timeoutMs = 5000): Promise<void> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    const seen = await locator.allInnerTexts().catch(() => []);
    throw new Error(`expected ${String(text)} within ${timeoutMs} ms; saw: ${JSON.stringify(seen).slice(0, 1500)}`);
  }
}
