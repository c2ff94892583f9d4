/**
 * The action planner: questions (questions.ts), rules (rules.ts) and the plan builder (plan.ts). Pure TypeScript;
 * the page and its script render the step texts from content/plan/<lang>.yaml.
 */
export * from './questions';
export * from './rules';
export * from './plan';
