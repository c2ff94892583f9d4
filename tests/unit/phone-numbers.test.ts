import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { phoneLinks, splitPhoneNumbers } from '../../src/lib/phone-numbers.mjs';

const linked = (text: string) =>
  splitPhoneNumbers(text)
    .filter((part) => part.tel)
    .map((part) => part.tel);

describe('phone numbers become tel: links', () => {
  it('links help lines wherever they stand alone', () => {
    expect(linked('call 110.')).toEqual(['tel:110']);
    expect(linked('拨打12356或120')).toEqual(['tel:12356', 'tel:120']);
    expect(linked('PBOC 400-810-8866, or 12378')).toEqual(['tel:4008108866', 'tel:12378']);
    expect(linked('110, 119 and 120')).toEqual(['tel:110', 'tel:119', 'tel:120']);
    // Chinese copy sets numbers without spaces, so a help line sits right against the characters around it.
    expect(linked('先打12378投诉，征信问题打12363。')).toEqual(['tel:12378', 'tel:12363']);
    expect(linked('有紧急危险请拨120或110')).toEqual(['tel:120', 'tel:110']);
    expect(linked('可通过12368联系；12356相关通知；向警方（110或当地派出所）')).toEqual([
      'tel:12368',
      'tel:12356',
      'tel:110',
    ]);
  });

  it('leaves amounts, days and parts of longer numbers alone', () => {
    for (const text of [
      '¥120.00',
      '150,000 − 110,000',
      '120 天',
      '120 days',
      '1110',
      '12356789',
      '120元',
      '110%',
      '2023-120',
      '逾期91–120天',
      '120个月',
    ]) {
      expect(linked(text), text).toEqual([]);
    }
  });

  it('keeps the text intact around the links', () => {
    expect(
      splitPhoneNumbers('报警（110）。')
        .map((part) => part.text)
        .join(''),
    ).toBe('报警（110）。');
  });

  it('links numbers in Markdown body text, never in headings, links, code or term hints', async () => {
    const source = [
      'Call 110 now.',
      '',
      '## Call 12356',
      '',
      '[12378](/x) and `12363`',
      '',
      '<Term id="x">12348</Term> or 12368',
    ].join('\n');
    const { code } = await mdxToJs(source, { hastPlugins: [phoneLinks()] });
    expect(code).toMatch(/href: "tel:110"/);
    expect(code).toMatch(/href: "tel:12368"/);
    for (const number of ['12356', '12378', '12363', '12348']) expect(code, number).not.toContain(`tel:${number}`);
  });
});
