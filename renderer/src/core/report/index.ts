export * from './types';
export { buildReport } from './build';
export { filterItems, applyRange, type ItemFilter, type FilterOptions } from './filter';
export { effectiveFlags, modelFlags, applyReview, flaggedLabels, hasFlag, type FlagBits } from './flags';
export { monthOf, monthBounds, isMonthKey } from './time';
export { sensitiveCategoriesOf } from './sensitive-categories';
export { flaggedShare } from './tally';
