export * from './ladder.ts';
export * from './errors.ts';
export * from './geo.ts';
export * from './catalogue.ts';
export * from './demand.ts';
export * from './region-shapes.ts';
export * from './finances.ts';
export * from './basic-support-norm.ts';
