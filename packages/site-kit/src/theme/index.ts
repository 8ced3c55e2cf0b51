export * from './colour.js';
export * from './palette.js';
export { emblemSvg } from './emblem.js';
export * from './values.js';
