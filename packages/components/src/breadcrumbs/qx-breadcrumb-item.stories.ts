import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../breadcrumbs.js';

interface Args {
  href?: string;
  separator: string;
  current?: boolean;
  text: string;
}

// An item is one step of a <qx-breadcrumbs> trail, which sets `separator` and `current` on
// its children; these stories show a step inside a trail whose other steps are fixed.
const meta: Meta<Args> = {
  title: 'Components/Breadcrumbs/Breadcrumb item',
  component: 'qx-breadcrumb-item',
  args: { href: '/llxx/', text: '理论学习', separator: '>' },
  argTypes: {
    text: { description: 'Story only: the slotted text of the step.' },
    // Set by the parent trail on its last step, so a control here would be overwritten.
    current: { control: false },
  },
  render: (args) => html`
    <qx-breadcrumbs separator=${args.separator}>
      <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
      <qx-breadcrumb-item href=${ifDefined(args.href)}>${args.text}</qx-breadcrumb-item>
      <qx-breadcrumb-item>正文</qx-breadcrumb-item>
    </qx-breadcrumbs>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A linked step: 理论学习 in the Chongqing trail. */
export const Link: Story = {};

/** Without `href`, a step is plain text. */
export const WithoutHref: Story = { args: { href: undefined } };

/** `mailto:` and `tel:` links are allowed as well as http(s) and relative URLs. */
export const MailtoAndTel: Story = {
  render: () => html`
    <qx-breadcrumbs>
      <qx-breadcrumb-item href="https://www.cqql.org/">重庆市侨联</qx-breadcrumb-item>
      <qx-breadcrumb-item href="mailto:ql@cq.gov.cn">联系我们</qx-breadcrumb-item>
      <qx-breadcrumb-item href="tel:+86-23-1234">电话</qx-breadcrumb-item>
      <qx-breadcrumb-item>正文</qx-breadcrumb-item>
    </qx-breadcrumbs>
  `,
};

/** Bad input: a `javascript:` URL is refused; the step is text and the console warns. */
export const UnsafeHref: Story = { tags: ['warns'], args: { href: 'javascript:alert(1)' } };

/** The last step is the current page: text with `aria-current="page"`, even with an `href`. */
export const CurrentPage: Story = {
  render: (args) => html`
    <qx-breadcrumbs>
      <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
      <qx-breadcrumb-item href=${ifDefined(args.href)}>${args.text}</qx-breadcrumb-item>
    </qx-breadcrumbs>
  `,
};

/** A very long English step wraps rather than overflowing. */
export const LongEnglish: Story = {
  args: {
    text: 'Chongqing Federation of Returned Overseas Chinese — Theory Study and Publicity Column',
  },
};
