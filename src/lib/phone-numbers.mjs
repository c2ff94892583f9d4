// @ts-check
/**
 * The phone numbers the site names, in one list, and the two ways every mention becomes a `tel:` link that a
 * reader on a phone can tap: a Markdown plugin for articles and answers, and a splitter for frontmatter text and
 * the footer. 110, 119 and 120 are also ordinary numbers ("¥120.00", "110,000", "120 天"), so a mention counts
 * only when it stands alone: not inside a longer number and not followed by a unit.
 */
export const PHONE_NUMBERS = [
  '400-810-8866',
  '12356',
  '12378',
  '12363',
  '12348',
  '12368',
  '96110',
  '110',
  '119',
  '120',
];

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

/** Elements whose text is never linked: links already, code, headings, buttons (term hints are their own button). */
const SKIP_TAGS = new Set([
  'a',
  'code',
  'pre',
  'script',
  'style',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'summary',
]);
const SKIP_COMPONENTS = new Set(['Term', 'a']);

/**
 * @param {any} node an ancestor of a text node
 * @returns {boolean} true when text under it must stay plain
 */
const keepsTextPlain = (node) =>
  (node.type === 'element' && SKIP_TAGS.has(node.tagName)) ||
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SKIP_COMPONENTS.has(node.name));

/**
 * A satteri hast plugin (Astro's Markdown and MDX processor) that wraps phone numbers in body text with
 * `<a href="tel:…">`. A factory, like every plugin given to `satteri({ hastPlugins })`.
 * @returns {() => { name: string, text: (node: any, ctx: any) => void }}
 */
export function phoneLinks() {
  return () => ({
    name: 'phone-links',
    text(node, ctx) {
      const parts = splitPhoneNumbers(node.value);
      if (!parts.some((part) => part.tel)) return;
      for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) if (keepsTextPlain(parent)) return;
      ctx.replaceNode(
        node,
        parts.map((part) =>
          part.tel
            ? {
                type: 'element',
                tagName: 'a',
                properties: { href: part.tel },
                children: [{ type: 'text', value: part.text }],
              }
            : { type: 'text', value: part.text },
        ),
      );
    },
  });
}
