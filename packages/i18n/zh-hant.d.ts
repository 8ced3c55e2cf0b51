// Types of ./zh-hant.js: those of `@qiaoxin/components/zh-hant.js`, which it re-exports.
export * from '@qiaoxin/components/zh-hant.js';
