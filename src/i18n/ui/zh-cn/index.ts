import type { UiKey } from '../en';
import { compare } from './compare';
import { search } from './search';
import { share } from './share';
import { simulators } from './simulators';
import { site } from './site';

/** 简体中文界面文字，按区域分文件；键与英文完全一致（由 satisfies 和单元测试保证）。 */
export const zhCn = { ...site, ...simulators, ...compare, ...search, ...share } as const satisfies Record<
  UiKey,
  string
>;
