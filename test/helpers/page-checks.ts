// Checks every browser test makes on each screen: axe-core (no critical or serious violations), none of the words a
// missing value leaks as (null, undefined, NaN, [object Object]), no sideways scrolling, and a screenshot kept under
// test-results/ when a step fails.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const ARTIFACTS = new URL('../../test-results/', import.meta.url);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Critical and serious axe-core violations of the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy (no inline scripts) still holds.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${axeSource}\n;0`);
  const violations = (await page.evaluate(
    'window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Words that mean a value leaked through unformatted. */
export async function leakedValues(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is on screen, not hidden text, is what counts here
  const text = await page.locator('body').innerText();
  return text.match(/\b(null|undefined|NaN)\b|\[object Object\]/g) ?? [];
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Fails on critical or serious axe violations, naming the rule and the elements. */
export async function assertAccessible(page: Page, screen: string) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on the ${screen} screen`);
}

/** The page fits its viewport and shows no leaked null/undefined/NaN/[object Object]. */
export async function assertCleanScreen(page: Page, screen: string) {
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 0, `the ${screen} screen scrolls sideways by ${overflow}px`);
  assert.deepEqual(await leakedValues(page), [], `the ${screen} screen shows a missing value`);
}

/** Runs a step; on failure keeps a screenshot under test-results/ before rethrowing. */
export async function withScreenshot<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page
      .screenshot({ path: new URL(`${name.replace(/[^\w-]+/g, '-')}.png`, ARTIFACTS).pathname, fullPage: true })
      .catch(() => {});
    throw err;
  }
}

export const screenshotOnFailure = withScreenshot;
