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
  'teach.embedOptions':
    'Two options go at the end of the embed address: ?theme=light or ?theme=dark fixes the colours (without it the simulator follows the reader’s device), and compact=1 keeps only the form and the figures, for a narrow column. For example …/embed/loan/huabei-12/?theme=light&compact=1. The “Embed this” button on each simulator page offers both and writes the snippet for the scenario on screen.',
  'teach.embedSandbox':
    'If your course platform puts iframes in a sandbox, the sandbox must allow scripts: sandbox="allow-scripts" is enough (the simulator keeps nothing in storage and still resizes itself). Without scripts the embed shows the example’s figures but cannot be changed.',
  'sim.print.scenario': 'Your scenario',
  'sim.print.printed': ' (printed {date}):',
  'sim.print.colon': ':',
} as const;
