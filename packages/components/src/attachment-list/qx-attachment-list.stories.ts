import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../attachment-list.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

// Files attached to a notice, made up for the story.
const files = html`
  <qx-attachment href="/files/plan.3f2a.pdf" type="pdf" bytes="1258291"
    >2024年工作计划</qx-attachment
  >
  <qx-attachment href="/files/form.9c1d.docx" type="docx" bytes="24576"
    >侨界人才推荐表</qx-attachment
  >
  <qx-attachment href="/files/list.77ab.xlsx" type="xlsx" bytes="88064"
    >推荐人选汇总表</qx-attachment
  >
  <qx-attachment href="/files/slides.1b2c.pptx" type="pptx" bytes="7340032"
    >工作报告演示文稿</qx-attachment
  >
  <qx-attachment href="/files/photos.5d6e.zip" type="zip" bytes="52428800">活动照片</qx-attachment>
`;

const meta: Meta = {
  title: 'Components/Attachment list',
  component: 'qx-attachment-list',
  render: (_args, { parameters }) =>
    html`<qx-attachment-list lang=${parameters.lang ?? 'zh-CN'}
      >${parameters.items ?? files}</qx-attachment-list
    >`,
};
export default meta;

type Story = StoryObj;

/** 「附件：名称（PDF，1.2 MB）」: every type, sizes formatted for the language. */
export const Default: Story = {};

/** English: "Attachment: Work plan (PDF, 1.2 MB)"; a long name wraps. */
export const LongEnglish: Story = {
  parameters: {
    lang: 'en',
    items: html`<qx-attachment href="/files/plan.pdf" type="pdf" bytes="1258291"
        >Implementation plan for the 2024 overseas Chinese talent programme, with the nomination
        form and the timetable</qx-attachment
      ><qx-attachment href="/files/list.xlsx" type="xlsx" bytes="1288490189"
        >Nominees</qx-attachment
      >`,
  },
};

/** Traditional Chinese (`lang="zh-Hant"`). */
export const Traditional: Story = { parameters: { lang: 'zh-Hant' } };

/** No files: the list shows nothing. */
export const Empty: Story = { parameters: { items: html`` } };

/** Hostile text in a file name stays text. */
export const HostileText: Story = {
  parameters: {
    items: html`<qx-attachment href="/files/x.pdf" type="pdf" bytes="1024"
      >${'<script>alert(1)</script><img src=x onerror=alert(2)>'}</qx-attachment
    >`,
  },
};

/**
 * Bad input: `bytes="abc"` leaves the size out, an unknown `type` leaves the type out, an
 * unsafe `href` makes the name text; each with a `[qiaoxin]` warning.
 */
export const BadInput: Story = {
  tags: ['warns'],
  parameters: {
    items: html`<qx-attachment href="/a.pdf" type="pdf" bytes="abc">大小不明</qx-attachment
      ><qx-attachment href="/b.exe" type="exe" bytes="2048">未知类型</qx-attachment
      ><qx-attachment href="javascript:alert(1)">不安全的链接</qx-attachment>`,
  },
};

/** At 320 px long names wrap; nothing scrolls sideways. */
export const Narrow320: Story = { tags: ['320px'], ...narrow320 };
