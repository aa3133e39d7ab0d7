// Checks every buyer-page browser test makes: axe-core (critical and serious violations), no sideways scrolling,
// none of the words a missing value leaks as, and a screenshot kept under test-results/ when a test fails.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const ARTIFACTS = new URL('../../test-results/', import.meta.url);

/** Runs axe-core in the page; fails on critical or serious violations, naming the rule and the elements. */
export async function assertAccessible(page: Page, screen: string) {
  // Injected through the DevTools protocol (page.evaluate), so the page's CSP does not have to allow it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe violations on the ${screen} screen`);
}

/** The page fits its viewport (no sideways scrolling) and shows no null/undefined/NaN/[object Object]. */
export async function assertCleanScreen(page: Page, screen: string) {
  const { overflow, text } = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the buyer reads
    text: document.body.innerText,
  }));
  assert.ok(overflow <= 0, `the ${screen} screen scrolls sideways by ${overflow}px`);
  for (const word of [/\bnull\b/, /\bundefined\b/, /\bNaN\b/, /\[object Object\]/]) {
    assert.doesNotMatch(text, word, `the ${screen} screen shows ${word}`);
  }
}

/** Keeps a screenshot of the page for a failed test under test-results/. */
export async function screenshotOnFailure(page: Page, name: string, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page
      .screenshot({ path: new URL(`${name.replace(/[^\w-]+/g, '-')}.png`, ARTIFACTS).pathname, fullPage: true })
      .catch(() => {});
    throw error;
  }
}
