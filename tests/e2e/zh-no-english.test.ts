import { expect, test, type Page } from '@playwright/test';
import { SIMULATOR_KINDS } from '../../src/engine/scenario';

/**
 * The Chinese simulator pages read Chinese: their rendered text, the labels a screen reader announces, and the
 * strings the island carries for later use (errors, table headings, the share dialog) hold no English prose.
 * A word of two or more Latin letters fails unless it is on this short list, each kept for a reason:
 */
const ALLOWED = new Set([
  // Rate abbreviations that Chinese lenders and regulators print as they are (年化利率 APR, LPR 贷款市场报价利率).
  'APR',
  'EAR',
  'LPR',
  // The site's own name, shown beside 借贷透镜; the language switch names English in English.
  'LoanLens',
  'English',
  // File formats and browser terms with no Chinese name in common use.
  'CSV',
  'Cookie',
  'JavaScript',
  // HTML a teacher pastes into a course page, quoted as code in the embed help: iframe, sandbox="allow-scripts".
  'iframe',
  'sandbox',
]);
/** An HTML attribute quoted as the reader must type it (`sandbox="allow-scripts"`): code, not prose. */
const HTML_ATTRIBUTE = /\b[a-z-]+="[a-z-]+"/g;
/** A source's web address (`csai.cn/video/76500.html`) is its name; it cannot be translated. */
const WEB_ADDRESS = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|city|org|net|gov\.cn)(?:\/[\w./-]*)?/gi;

function englishWords(text: string): string[] {
  const words =
    text
      .replace(WEB_ADDRESS, ' ')
      .replace(HTML_ATTRIBUTE, ' ')
      // `{min}`, `{count}`: a message's placeholders, filled in with numbers when it is shown.
      .replace(/\{\w+\}/g, ' ')
      .match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words.filter((word) => !ALLOWED.has(word)))];
}

/** Every string value inside an island's serialised props (Astro's `[type, value]` encoding), keys excluded. */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringValues);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringValues);
  return [];
}

async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...labels].join('\n');
  });
}

test('the check finds English prose and lets the listed names through', () => {
  expect(englishWords('逾期 90 天 penalty interest')).toEqual(['penalty', 'interest']);
  expect(englishWords('APR 与 LPR；来源：csai.cn/video/76500.html；公式 r = P ÷ n；{min} 到 {max}')).toEqual([]);
});

for (const kind of SIMULATOR_KINDS) {
  test(`/zh-cn/simulators/${kind}/ has no English prose, before and after the island runs`, async ({ page }) => {
    await page.goto(`zh-cn/simulators/${kind}/`);
    await expect(page.locator(`[data-simulator="${kind}"] .inputs input`).first()).toBeEnabled();
    expect(englishWords(await pageText(page)), 'rendered text').toEqual([]);

    const props = await page
      .locator('astro-island')
      .evaluateAll((islands) => islands.map((island) => island.getAttribute('props') ?? '{}'));
    const strings = props.flatMap((json) => {
      const parsed = JSON.parse(json) as Record<string, unknown>;
      return stringValues(parsed.strings);
    });
    expect(strings.length, 'island strings found').toBeGreaterThan(50);
    expect(englishWords(strings.join('\n')), 'island strings').toEqual([]);
  });
}
