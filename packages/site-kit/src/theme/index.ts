export * from './colour.js';
export * from './contrast.js';
export * from './palette.js';
export { emblemSvg } from './emblem.js';
export * from './values.js';
