// zh-hant/ pages only, before their first island: the traditional strings, so elements hydrate
// with the text the server wrote instead of simplified text while their strings load.
import './hydrate.js';
import '@qiaoxin/components/zh-hant.js';
