// Checks every dashboard screen gets in the browser tests: axe-core (no critical or serious violations), no
// "null"/"undefined"/"NaN" on screen, and (on a phone) no sideways scrolling of the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  return text.match(/\b(null|undefined|NaN|\[object Object\])\b/g) ?? [];
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Runs a step; on failure keeps a screenshot under test-results/ before rethrowing. */
export async function withScreenshot<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    mkdirSync('test-results', { recursive: true });
    await page
      .screenshot({ path: `test-results/${name.replace(/[^a-z0-9-]+/gi, '-')}.png`, fullPage: true })
      .catch(() => {});
    throw err;
  }
}
