import { describe, expect, it } from 'vitest';
import { rehypePhoneLinks, splitPhoneNumbers } from '../../src/lib/phone-numbers.mjs';

const linked = (text: string) => splitPhoneNumbers(text).filter((part) => part.tel).map((part) => part.tel);

describe('phone numbers become tel: links', () => {
  it('links help lines wherever they stand alone', () => {
    expect(linked('call 110.')).toEqual(['tel:110']);
    expect(linked('拨打12356或120')).toEqual(['tel:12356', 'tel:120']);
    expect(linked('PBOC 400-810-8866, or 12378')).toEqual(['tel:4008108866', 'tel:12378']);
    expect(linked('110, 119 and 120')).toEqual(['tel:110', 'tel:119', 'tel:120']);
  });

  it('leaves amounts, days and parts of longer numbers alone', () => {
    for (const text of ['¥120.00', '150,000 − 110,000', '120 天', '120 days', '1110', '12356789', '120元', '110%', '2023-120']) {
      expect(linked(text), text).toEqual([]);
    }
  });

  it('keeps the text intact around the links', () => {
    expect(splitPhoneNumbers('报警（110）。').map((part) => part.text).join('')).toBe('报警（110）。');
  });

  it('skips headings, links and code in a document tree', () => {
    const text = (value: string) => ({ type: 'text', value });
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [text('call 110 now')] },
        { type: 'element', tagName: 'h2', properties: {}, children: [text('12356')] },
        { type: 'element', tagName: 'a', properties: { href: '/x' }, children: [text('12378')] },
      ],
    };
    rehypePhoneLinks()(tree);
    expect(JSON.stringify(tree.children[0])).toContain('"href":"tel:110"');
    expect(tree.children[1]).toEqual({ type: 'element', tagName: 'h2', properties: {}, children: [text('12356')] });
    expect(tree.children[2]?.children).toEqual([text('12378')]);
  });
});
