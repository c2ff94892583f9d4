import type { share as en } from '../en/share';

/** 示例页面、课程网页可选的嵌入选项，以及打印出的模拟器如何说明自己。键与 en/share.ts 完全一致。 */
export const share = {
  'preset.title': '{title}：{preset}',
  'preset.lead': '已按示例“{preset}”填好，每个数值都可以修改。',
  'sim.embed.theme': '配色',
  'sim.embed.theme.system': '跟随读者的设备',
  'sim.embed.theme.light': '浅色',
  'sim.embed.theme.dark': '深色',
  'sim.embed.compact': '精简：只显示表单和结果，不含说明',
  'sim.embed.sandbox':
    '如果课程平台给iframe加了沙盒（sandbox），需要允许脚本（sandbox="allow-scripts"）；否则嵌入的模拟器只显示示例结果，无法修改。',
  'teach.embedOptions':
    '嵌入地址末尾可以加两个选项：?theme=light 或 ?theme=dark 固定配色（不加则跟随读者设备），compact=1只保留表单和结果，适合窄栏。例如 …/embed/loan/huabei-12/?theme=light&compact=1。每个模拟器页面上的“嵌入网页”按钮提供这两个选项，并按屏幕上的情形生成代码。',
  'teach.embedSandbox':
    '如果课程平台给iframe加了沙盒（sandbox），必须允许脚本：写 sandbox="allow-scripts" 即可（模拟器不在浏览器里存任何东西，也能自动调整高度）。不允许脚本时，嵌入的模拟器只显示示例结果，无法修改。',
  'sim.print.scenario': '你的情况',
  'sim.print.printed': '（打印于{date}）：',
  'sim.print.colon': '：',
} as const satisfies Record<keyof typeof en, string>;
