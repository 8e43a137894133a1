// Types of model.mjs, for the TypeScript budgets test.
export function modelDrawCounts(path: string): number[];
