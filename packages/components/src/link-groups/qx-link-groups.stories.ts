import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../link-groups.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

const groups = (open = false) => html`
  <qx-link-group label="上级侨联" ?open=${open}
    ><a href="https://www.chinaql.org/">中国侨联</a
    ><a href="https://www.shql.org.cn/">上海市侨联</a></qx-link-group
  >
  <qx-link-group label="政府网站"
    ><a href="https://www.gov.cn/">中国政府网</a
    ><a href="https://www.shanghai.gov.cn/">上海市人民政府</a
    ><a href="https://www.jinshan.gov.cn/">金山区人民政府</a></qx-link-group
  >
`;

const meta: Meta = {
  title: 'Components/Link groups',
  component: 'qx-link-groups',
  render: (_args, { parameters }) =>
    html`<qx-link-groups lang=${parameters.lang ?? 'zh-CN'}
      >${parameters.items ?? groups()}</qx-link-groups
    >`,
};
export default meta;

type Story = StoryObj;

/** 友情链接: each group a native disclosure (details/summary), closed until opened. */
export const Default: Story = {};

/** The first group open (the `open` attribute), as a footer might show it. */
export const Open: Story = { parameters: { items: groups(true) } };

/**
 * Keyboard: a group's name takes focus. Enter and Space open it
 * natively (<details>); Storybook's userEvent sends synthetic keys, which a browser does not let
 * toggle <details>, so real key presses are tested in qx-link-groups.test.ts.
 */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('qx-link-group');
    await waitFor(() => expect(group?.shadowRoot?.querySelector('summary')).toBeTruthy());
    const summary = group?.shadowRoot?.querySelector('summary');
    summary?.focus();
    await waitFor(() => expect(group?.shadowRoot?.activeElement).toBe(summary));
  },
};

/** English, with long group names and link labels that wrap. */
export const LongEnglish: Story = {
  parameters: {
    lang: 'en',
    items: html`<qx-link-group
      label="Federations of returned overseas Chinese at higher levels"
      open
      ><a href="https://www.chinaql.org/">All-China Federation of Returned Overseas Chinese</a
      ><a href="https://www.shql.org.cn/"
        >Shanghai Federation of Returned Overseas Chinese</a
      ></qx-link-group
    >`,
  },
};

/** Traditional Chinese; a group without a label is called 友情連結 (with a warning). */
export const Traditional: Story = {
  tags: ['warns'],
  parameters: {
    lang: 'zh-Hant',
    items: html`<qx-link-group open
      ><a href="https://www.chinaql.org/">中國僑聯</a></qx-link-group
    >`,
  },
};

/** Hostile text in a label and a link stays text. */
export const HostileText: Story = {
  parameters: {
    items: html`<qx-link-group label=${'<script>alert(1)</script>'} open
      ><a href="/x">${'<img src=x onerror=alert(2)>'}</a></qx-link-group
    >`,
  },
};

/** No groups: nothing is shown. */
export const Empty: Story = { parameters: { items: html`` } };

/** At 320 px the groups stack; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  parameters: { items: groups(true) },
};
