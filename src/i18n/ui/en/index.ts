/**
 * English UI strings, one file per area. English defines the keys: each zh-cn area must provide exactly the
 * same set (checked by its `satisfies` clause and by tests/unit/i18n/dictionary.test.ts).
 * `{name}` placeholders are filled by `t()`.
 */
import { compare } from './compare';
import { search } from './search';
import { share } from './share';
import { simulators } from './simulators';
import { site } from './site';

export const en = { ...site, ...simulators, ...compare, ...search, ...share } as const;

export type UiKey = keyof typeof en;
