export * from './brand';
export * from './ids';
export * from './labels';
export * from './records';
export * from './score';
