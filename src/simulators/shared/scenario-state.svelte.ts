import type { FieldError, Result } from '../../engine/errors';
import { CUSTOM, PRESET_KEY } from './form';
import { sameValue } from './typed';
import type { QueryRead } from './url-codec';

/** A simulator's URL codec (url-codec.ts, derived from its field table), loaded on first use. */
export interface UrlCodec<Scenario> {
  /** Lenient decoder for incoming URLs: a valid scenario always, plus what was wrong. */
  read(query: string): QueryRead<Scenario, string>;
  /** Strict decoder: the scenario only if every value in the query is valid. */
  decode(query: string): Result<Scenario>;
  encode(scenario: Scenario): string;
  /** Every query key the codec reads; other keys are junk (tracking tags, typos) and are dropped from the URL. */
  readonly keys: readonly string[];
}

/**
 * How one simulator's form text, scenario, URL and engine fit together. The form holds text exactly as typed;
 * `toScenario` reads it into a candidate scenario (numbers where the text is a plain number, the text itself
 * otherwise) and the engine validates and simulates it, so the UI never judges a value itself.
 */
export interface ScenarioCodec<Text, Scenario, Output, PresetId extends string> {
  /** Form text → candidate scenario (not yet validated). */
  toScenario(text: Text): unknown;
  /** A valid scenario → form text. */
  fromScenario(scenario: Scenario): Text;
  /** Validates and simulates (an engine `simulate*`). */
  simulate(candidate: unknown): Result<Output>;
  presets: Readonly<Record<PresetId, Readonly<Scenario>>>;
  /** Preset ids offered in the form, in order: the presets with a page of their own (src/lib/preset-paths.ts). */
  presetIds: readonly PresetId[];
  /**
   * Loads the URL codec. It is needed only when a URL carries a scenario, when the reader changes something
   * (the URL then follows) or shares a link, so it is not part of the page's initial JavaScript.
   */
  url(): Promise<UrlCodec<Scenario>>;
}

/**
 * Rune state of one simulator (STYLE habit 7: the component only binds to this). The result is recomputed from
 * the text on every change; while the input is invalid, the last valid scenario and result stay on screen.
 */
export class ScenarioState<Text, Scenario, Output, PresetId extends string> {
  /** The form, as typed. */
  text: Text = $state() as Text;
  /** The URL had values that were not used (shown as a notice until the next change). */
  urlErrors: FieldError[] = $state([]);
  /** Set once the reader has changed something (only then is the URL rewritten). */
  dirty = $state(false);
  /** The URL codec once loaded. */
  urlCodec: UrlCodec<Scenario> | null = $state.raw(null);

  readonly codec: ScenarioCodec<Text, Scenario, Output, PresetId>;
  #lastValid: { scenario: Scenario; output: Output };

  /** The form read into a scenario (maybe invalid). */
  readonly candidate: unknown = $derived.by(() => this.codec.toScenario(this.text));
  /** The engine's answer for the form as it stands (errors included). */
  readonly attempt: Result<Output> = $derived.by(() => this.codec.simulate(this.candidate));
  /** Every problem with the current form, by scenario field path. */
  readonly errors: FieldError[] = $derived(this.attempt.ok ? [] : this.attempt.errors);
  /**
   * The last valid scenario and its figures, kept as one pair: deriveds are lazy, so two separately cached values
   * could come from different moments (a URL written from an older scenario than the figures on screen).
   */
  readonly #valid: { scenario: Scenario; output: Output } = $derived.by(() => {
    // The engine accepted the candidate, so it is a valid scenario.
    if (this.attempt.ok) this.#lastValid = { scenario: this.candidate as Scenario, output: this.attempt.value };
    return this.#lastValid;
  });
  /** The scenario whose figures are on screen: the current one if valid, else the last valid one. */
  readonly scenario: Scenario = $derived(this.#valid.scenario);
  /** The figures on screen (see `scenario`). Never a failed or partial result. */
  readonly output: Output = $derived(this.#valid.output);
  /** Canonical query of the scenario on screen (null until the URL codec is loaded). */
  readonly query: string | null = $derived.by(() =>
    this.urlCodec ? this.linkQuery(this.urlCodec.encode(this.scenario)) : null,
  );
  /** The preset the form currently equals, or null for a custom scenario. */
  readonly preset: PresetId | null = $derived.by(
    () => this.codec.presetIds.find((id) => this.isPreset(this.codec.presets[id], this.candidate)) ?? null,
  );

  /**
   * @param initial a valid scenario (a preset or the default); the page renders its figures at build time.
   */
  constructor(codec: ScenarioCodec<Text, Scenario, Output, PresetId>, initial: Scenario) {
    this.codec = codec;
    const first = codec.simulate(initial);
    if (!first.ok) throw new Error('The initial scenario must be valid');
    this.#lastValid = { scenario: initial, output: first.value };
    this.text = codec.fromScenario(initial);
  }

  /** Whether the form as typed is this preset (a simulator may leave out a value that the page fills in itself). */
  protected isPreset(preset: Readonly<Scenario>, candidate: unknown): boolean {
    return sameValue(preset, candidate);
  }

  /** Loads the URL codec once; the query and share links become available. */
  async loadUrlCodec(): Promise<UrlCodec<Scenario>> {
    this.urlCodec ??= await this.codec.url();
    return this.urlCodec;
  }

  /** The canonical query of the scenario on screen, loading the codec if needed. */
  async currentQuery(): Promise<string> {
    const codec = await this.loadUrlCodec();
    return this.linkQuery(codec.encode(this.scenario));
  }

  /** The query links carry for an encoded scenario: a simulator may leave out a value the page fills in itself. */
  protected linkQuery(encoded: string): string {
    return encoded;
  }

  /**
   * The preset whose canonical query equals `query`, or null (a changed scenario, or invalid), so the embed
   * snippet can point at the preset's pre-rendered path (`/embed/loan/huabei-12/`): its figures are right before
   * and without JavaScript.
   *
   * @example await sim.presetOfQuery('p=10000&rt=daily&r=0&n=12&m=fee-installment&f=8.8') // 'huabei-12'
   */
  async presetOfQuery(query: string): Promise<PresetId | null> {
    const { presetOfQuery } = await import('./url-page');
    return presetOfQuery(this, query);
  }

  /**
   * A form control's value: the preset menu shows the preset the form equals ("custom" when none); every other
   * control shows its field's text.
   */
  value(key: string): string {
    return key === PRESET_KEY ? (this.preset ?? CUSTOM) : this.fieldText(key);
  }

  /** A form control changed: the preset menu applies its preset ("custom" changes nothing); others set their field. */
  change(key: string, value: string): void {
    if (key !== PRESET_KEY) this.set(key, value);
    else if (value !== CUSTOM) this.applyPreset(value as PresetId);
  }

  /** The text of one form field; the form is a flat record of texts unless a simulator says otherwise. */
  protected fieldText(key: string): string {
    return (this.text as Record<string, string | undefined>)[key] ?? '';
  }

  /** Sets one form field as typed (a simulator may do more, e.g. fill in what a choice brings). */
  set(key: string, value: string): void {
    (this.text as Record<string, string>)[key] = value;
    this.touch();
  }

  /** Replaces the form with a preset's values. */
  applyPreset(id: PresetId): void {
    const preset = this.codec.presets[id];
    if (!preset) return;
    this.text = this.codec.fromScenario(structuredClone(preset) as Scenario);
    this.touch();
  }

  /** Marks a change by the reader: the URL notice has served its purpose, and the URL now follows the form. */
  touch(): void {
    this.dirty = true;
    this.urlErrors = [];
    void this.loadUrlCodec();
  }

  /**
   * Loads the scenario of an incoming URL query (`location.search`). Hostile or broken values are never used:
   * the engine's lenient decoder replaces each with the preset's or default value and reports it for the notice.
   */
  async loadQuery(search: string): Promise<void> {
    // The code that reads a link is fetched with the URL codec: a page without a query never needs it.
    const { applyQuery } = await import('./url-page');
    await applyQuery(this, search);
  }
}
