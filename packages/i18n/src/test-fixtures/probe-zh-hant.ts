/** The zh-Hant strings of ./probe.ts, keyed by group, as a generated zh-Hant module holds them. */
export default { probe: { label: '您的當前位置:', page: '第{{page}}頁' } };
