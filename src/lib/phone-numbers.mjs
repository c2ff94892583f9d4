// @ts-check
/**
 * The phone numbers the site names, in one list, and the two ways every mention becomes a `tel:` link that a
 * reader on a phone can tap: a rehype plugin for articles and answers, and a splitter for frontmatter text and
 * the footer. 110, 119 and 120 are also ordinary numbers ("¥120.00", "110,000", "120 天"), so a mention counts
 * only when it stands alone: not inside a longer number and not followed by a unit.
 */
export const PHONE_NUMBERS = ['400-810-8866', '12356', '12378', '12363', '12348', '12368', '96110', '110', '119', '120'];

const escape = (/** @type {string} */ text) => text.replace(/[-]/g, '\\-');
const PATTERN = new RegExp(
  `(?<![\\d.,¥$/-])(${PHONE_NUMBERS.map(escape).join('|')})(?!\\d|[.,/-]\\d|\\s*(?:元|yuan|天|days?|%|％|个|分|点|万|年|months?|个月))`,
  'g',
);

/**
 * Splits text into plain parts and phone numbers.
 * @param {string} text
 * @returns {{ text: string, tel?: string }[]} e.g. "call 110." → [{text:'call '},{text:'110',tel:'tel:110'},{text:'.'}]
 */
export function splitPhoneNumbers(text) {
  /** @type {{ text: string, tel?: string }[]} */
  const parts = [];
  let rest = 0;
  for (const match of text.matchAll(PATTERN)) {
    const index = match.index ?? 0;
    if (index > rest) parts.push({ text: text.slice(rest, index) });
    parts.push({ text: match[0], tel: `tel:${match[0].replaceAll('-', '')}` });
    rest = index + match[0].length;
  }
  if (rest < text.length) parts.push({ text: text.slice(rest) });
  return parts;
}

/** Elements whose text is never linked: links already, code, headings, and term hints (their own button). */
const SKIP_TAGS = new Set(['a', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'summary']);
const SKIP_COMPONENTS = new Set(['Term', 'a']);

/**
 * Rehype plugin: wraps phone numbers in body text with `<a href="tel:…">`.
 * @returns {(tree: any) => void}
 */
export function rehypePhoneLinks() {
  /** @param {any} node */
  const visit = (node) => {
    if (!Array.isArray(node.children)) return;
    if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SKIP_COMPONENTS.has(node.name)) return;
    node.children = node.children.flatMap((/** @type {any} */ child) => {
      if (child.type !== 'text') {
        visit(child);
        return [child];
      }
      return splitPhoneNumbers(child.value).map((part) =>
        part.tel
          ? { type: 'element', tagName: 'a', properties: { href: part.tel }, children: [{ type: 'text', value: part.text }] }
          : { type: 'text', value: part.text },
      );
    });
  };
  return visit;
}
