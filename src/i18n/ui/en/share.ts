/** Preset pages, the embed options a course page can choose, and what a printed simulator says about itself. */
export const share = {
  'preset.title': '{title}: {preset}',
  'preset.lead': 'Opened with the example “{preset}”. Every value can be changed.',
  'sim.embed.theme': 'Colours',
  'sim.embed.theme.system': 'Follow the reader’s device',
  'sim.embed.theme.light': 'Light',
  'sim.embed.theme.dark': 'Dark',
  'sim.embed.compact': 'Compact: only the form and the figures, no explanations',
  'sim.embed.sandbox':
    'If your course platform sandboxes iframes, it must allow scripts (sandbox="allow-scripts"); without them the embed shows the example’s figures but cannot be changed.',
  'sim.print.scenario': 'Your scenario',
  'sim.print.printed': 'printed {date}',
} as const;
