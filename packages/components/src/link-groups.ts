import { QxLinkGroups } from './link-groups/qx-link-groups.js';
import { QxLinkGroup } from './link-groups/qx-link-group.js';
import { defineElement } from './internal/define.js';

export { QxLinkGroups, QxLinkGroup };

defineElement('qx-link-groups', QxLinkGroups);
defineElement('qx-link-group', QxLinkGroup);

declare global {
  interface HTMLElementTagNameMap {
    'qx-link-groups': QxLinkGroups;
    'qx-link-group': QxLinkGroup;
  }
}
