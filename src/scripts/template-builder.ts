/**
 * The fill-in builder: each field replaces its placeholders' text (textContent only — what a reader types is never
 * parsed as HTML). Bad input gets an inline message and is kept as typed. Nothing is sent or stored.
 */
import { TEMPLATE_FIELDS, type FieldId } from '../content/templates';

interface Strings {
  money: string;
  tooLong: string;
  copied: string;
  copyFailed: string;
}

/** '1200', '1,200.50', '1200.5' → the number as typed but normalised; null when it is not an amount. */
export function normaliseMoney(text: string): string | null {
  const clean = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '');
  return /^\d{1,12}(\.\d{1,2})?$/.test(clean) ? clean : null;
}

export function printBlock(block: HTMLElement): void {
  block.classList.add('print-this');
  document.body.classList.add('printing-one');
  const done = () => {
    block.classList.remove('print-this');
    document.body.classList.remove('printing-one');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function startBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-builder]');
  const stringsEl = document.querySelector('[data-builder-strings]');
  if (!form || !stringsEl) return;
  const strings = JSON.parse(stringsEl.textContent ?? '{}') as Strings;
  form.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-actions]').forEach((el) => (el.hidden = false));

  const update = (input: HTMLInputElement | HTMLTextAreaElement) => {
    const field = input.name as FieldId;
    const spec = TEMPLATE_FIELDS[field];
    const error = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
    let value = input.value.trim();
    let message = '';
    if (spec.kind === 'money' && value !== '') {
      const money = normaliseMoney(value);
      if (money === null) {
        message = strings.money;
        value = '';
      } else value = money;
    }
    if (value.length > spec.max) {
      message = strings.tooLong.replaceAll('{max}', String(spec.max));
      value = value.slice(0, spec.max);
    }
    if (error) error.textContent = message;
    input.setAttribute('aria-invalid', message && spec.kind === 'money' ? 'true' : 'false');
    document.querySelectorAll<HTMLElement>(`[data-ph="${field}"]`).forEach((ph) => {
      ph.textContent = value === '' ? (ph.dataset.label ?? '') : value;
      ph.classList.toggle('filled', value !== '');
    });
  };

  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) update(target);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  document.querySelectorAll<HTMLElement>('.tpl-text').forEach((block) => {
    const letter = block.querySelector<HTMLElement>('[data-letter]');
    const status = block.querySelector<HTMLElement>('[data-copy-status]');
    block.querySelector('[data-copy]')?.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(letter?.textContent ?? '');
        if (status) status.textContent = strings.copied;
      } catch {
        if (status) status.textContent = strings.copyFailed;
      }
    });
    block.querySelector('[data-print]')?.addEventListener('click', () => printBlock(block));
  });
}
