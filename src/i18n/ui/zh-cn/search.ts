import type { search as en } from '../en/search';

/** 搜索框、搜索对话框与结果页。键与 en/search.ts 完全一致。 */
export const search = {
  'search.open': '搜索',
  'search.shortcut': '按 / 键搜索',
  'search.label': '搜索本站',
  'search.placeholder': '例如：逾期、征信、花呗分期',
  'search.submit': '搜索',
  'search.close': '关闭搜索',
  'search.dialogTitle': '搜索借贷透镜',
  'search.pageTitle': '搜索',
  'search.loading': '正在加载搜索……',
  'search.noResults': '中文页面中没有找到“{query}”。',
  'search.tryOther': '在英文页面中搜索“{query}”',
  'search.resultCount': '“{query}”共有{count}条结果',
  'search.resultOne': '“{query}”有1条结果',
  'search.error': '搜索加载失败，请检查网络后重试。',
  'search.noJs': '搜索需要启用JavaScript。你也可以在“学习”页面浏览全部主题。',
  'search.section': '栏目',
  'search.allSections': '全部栏目',
  'search.tooLong': '只搜索了前{max}个字符。',
} as const satisfies Record<keyof typeof en, string>;
