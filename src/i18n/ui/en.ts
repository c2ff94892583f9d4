/**
 * English UI strings. This file defines the keys: `zh-cn.ts` must provide exactly the same set
 * (checked by its `satisfies` clause and by tests/unit/i18n/dictionary.test.ts).
 * `{name}` placeholders are filled by `t()`.
 */
export const en = {
  'site.name': 'LoanLens',
  'site.fullName': 'LoanLens · 借贷透镜',
  'site.tagline': 'What consumer credit in China really costs, and what happens when a repayment is missed.',

  'nav.label': 'Main',
  'nav.learn': 'Learn',
  'nav.simulators': 'Simulators',
  'nav.glossary': 'Glossary',
  'nav.footer': 'Site pages',
  'nav.home': 'Home',
  'skip.toContent': 'Skip to main content',

  'lang.switch': 'Read this page in {language}',
  'lang.switchShort': '中文',

  'theme.toggle': 'Dark theme',
  'theme.toggleHint': 'Switch between light and dark colours',

  'search.open': 'Search',
  'search.shortcut': 'Press / to search',
  'search.label': 'Search the site',
  'search.placeholder': 'e.g. overdue, credit report, Huabei',
  'search.submit': 'Search',
  'search.close': 'Close search',
  'search.dialogTitle': 'Search LoanLens',
  'search.pageTitle': 'Search',
  'search.loading': 'Loading search…',
  'search.noResults': 'Nothing found for “{query}” in English.',
  'search.tryOther': 'Search the Chinese pages for “{query}”',
  'search.resultCount': '{count} results for “{query}”',
  'search.resultOne': '1 result for “{query}”',
  'search.error': 'Search could not load. Check your connection and try again.',
  'search.noJs': 'Search needs JavaScript. You can browse every topic from the Learn page.',
  'search.section': 'Section',
  'search.allSections': 'All sections',
  'search.tooLong': 'Only the first {max} characters were searched.',

  'footer.disclaimer':
    'LoanLens is an educational site. It is not financial or legal advice, and it is not affiliated with Ant Group, MYbank or any lender. Rules and rates change: each page shows when it was last reviewed.',
  'footer.contentDate': 'Content reviewed up to {date}.',
  'footer.privacy': 'No cookies, no trackers, no third-party requests.',
  'footer.helpLines': 'Abusive collection? NFRA hotline 12378 · PBOC 12363 · police 110 for threats.',

  'home.title': 'Understand your debt before it costs more',
  'home.intro':
    'Plain explanations of Huabei, Jiebei and MYbank loans: what they really cost, what happens day by day after a missed repayment, what collectors may and may not do, and how a credit record recovers.',
  'home.missedTitle': 'Missed a repayment?',
  'home.missedText': 'Start here: what happens next, what it costs, and what you can do today.',
  'home.missedCta': 'What happens after a missed payment',
  'home.collectionCta': 'What collectors may and may not do',
  'home.cantPayCta': 'If you can’t pay',
  'home.sectionsTitle': 'Topics',
  'home.simulatorsTitle': 'Try the numbers',
  'home.simulatorsText': 'Simulators run in your browser. Nothing you type leaves your device.',
  'home.articleCount': '{count} articles',

  'learn.title': 'Learn',
  'learn.intro': 'Every article, by topic. Each one starts with a short answer and lists its sources.',

  'section.products': 'Lending products',
  'section.products.blurb': 'Jiebei, Huabei and MYbank loans: who lends, how they are priced, what to check first.',
  'section.basics': 'Interest and true cost',
  'section.basics.blurb': 'Daily, monthly and annual rates, repayment methods, and why a fee rate understates the cost.',
  'section.overdue': 'Missed payments',
  'section.overdue.blurb': 'Day by day after a missed payment, collection and the law, lawsuits and enforcement.',
  'section.credit': 'Credit report and score',
  'section.credit.blurb': 'The PBOC credit report versus the Sesame score, and how a record recovers.',
  'section.help': 'Getting back on track',
  'section.help.blurb': 'What to do if you can’t pay, and two stories followed through the numbers.',

  'article.shortAnswer': 'Short answer',
  'article.toc': 'On this page',
  'article.readingTime': '{minutes} min read',
  'article.updated': 'Last reviewed {date}',
  'article.sources': 'Sources',
  'article.sourcesNote': 'Figures marked “reported” come from several secondary sources, not from a lender’s contract.',
  'article.prev': 'Previous',
  'article.next': 'Next',
  'article.inSection': 'More in {section}',
  'article.breadcrumb': 'Breadcrumb',
  'article.tryIt': 'Try the numbers',
  'article.tryItText': 'Open the {simulator} with this article’s example.',

  'content.table': 'Table (scrolls sideways on small screens)',
  'callout.info': 'Note',
  'callout.warning': 'Watch out',
  'callout.illegal': 'Not allowed',
  'callout.tip': 'What you can do',

  'glossary.title': 'Glossary',
  'glossary.intro': 'The words you will meet in contracts, apps and collection calls, in Chinese and English.',
  'glossary.related': 'Read more: {title}',

  'simulators.title': 'Simulators',
  'simulators.intro': 'Work out what a loan really costs, what a missed repayment adds day by day, and how long a record stays on a credit report. Every figure is computed in your browser from the formulas on each page.',
  'simulators.loan.title': 'Loan cost and schedule',
  'simulators.loan.blurb': 'Payment, total cost, APR and the full schedule for Jiebei-style loans and Huabei installments.',
  'simulators.overdue.title': 'Overdue cost and collection timeline',
  'simulators.overdue.blurb': 'What is owed day by day after a missed payment, the collection stages, and the credit-report codes.',
  'simulators.score.title': 'Credit record recovery',
  'simulators.score.blurb': 'How an overdue shows on the credit report, when it drops off, and an illustrative score band.',
  'simulators.loan': 'loan cost simulator',
  'simulators.overdue': 'overdue cost simulator',
  'simulators.score': 'credit record simulator',

  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist, or it has moved.',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search the site',

  'chooser.title': 'Choose your language',
  'chooser.remember': 'We remember your choice on this device only.',
} as const;

export type UiKey = keyof typeof en;
