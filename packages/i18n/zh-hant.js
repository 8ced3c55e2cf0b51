// `@qiaoxin/i18n/zh-hant.js`, kept so existing imports keep working: the built-in zh-Hant
// strings now live with their elements, and `@qiaoxin/components/zh-hant.js` adds them all.
// Plain JavaScript outside src/ because @qiaoxin/components depends on this package: compiling
// this against its types would make the two builds wait on each other.
export * from '@qiaoxin/components/zh-hant.js';
