// @ts-check
/**
 * Heading ids that begin with a letter. Astro derives a heading's id from its text, so "## 1. Header and identity"
 * becomes id="1-header-and-identity": valid HTML5, but not a valid CSS identifier (querySelector('#1-…') throws)
 * and flagged by HTML validators. Such headings get a "section-" prefix here; every other heading keeps Astro's
 * own id. Runs before Astro's heading-id step, which keeps an id that is already set, so the table of contents
 * (built from the same headings) links to the same ids.
 */

/** @param {string} text */
export function slugify(text) {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}

/**
 * A satteri hast plugin (a factory: one instance, and one set of used ids, per document).
 * @returns {() => { name: string, element: { filter: string[], visit: (node: any, ctx: any) => void } }}
 */
export function letterFirstHeadingIds() {
  return () => {
    /** @type {Set<string>} */
    const used = new Set();
    return {
      name: 'letter-first-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (typeof node.properties?.id === 'string') return;
          const slug = slugify(ctx.textContent(node));
          if (!/^\p{N}/u.test(slug)) return;
          let id = `section-${slug}`;
          for (let n = 1; used.has(id); n += 1) id = `section-${slug}-${n}`;
          used.add(id);
          ctx.setProperty(node, 'id', id);
        },
      },
    };
  };
}
