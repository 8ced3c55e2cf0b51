import { QxBreadcrumbs } from './breadcrumbs/qx-breadcrumbs.js';
import { QxBreadcrumbItem } from './breadcrumbs/qx-breadcrumb-item.js';
import { defineElement } from './internal/define.js';

export { QxBreadcrumbs, QxBreadcrumbItem };

defineElement('qx-breadcrumbs', QxBreadcrumbs);
defineElement('qx-breadcrumb-item', QxBreadcrumbItem);

declare global {
  interface HTMLElementTagNameMap {
    'qx-breadcrumbs': QxBreadcrumbs;
    'qx-breadcrumb-item': QxBreadcrumbItem;
  }
}
