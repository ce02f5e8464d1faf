export type * from './types';
export type { Program } from './program';
export { buildProgram } from './program';
