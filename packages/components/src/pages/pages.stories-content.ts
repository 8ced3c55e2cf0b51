// The content of the page stories (pages.stories.ts): the real text and figures of the
// Chongqing and Jinshan portals (seeds/*.txt), as scraped: some opening quotation marks (“)
// were lost upstream, and are left missing here rather than silently repaired.
import { html, type TemplateResult } from 'lit';
import {
  cooperation,
  counters,
  disputes,
  investment,
  jinshanFigures,
  organisations as organisationFigures,
  pageViews,
} from '../test-utils/figures.js';

export const chongqingArticle: [kind: 'h' | 'p', text: string][] = [
  [
    'p',
    '重庆是西部大开发重要的战略支点、一带一路和长江经济带联结点以及内陆开放高地。充分发挥海内外侨胞融通中外、联系广泛的独特优势,凝聚侨界力量助力新时代新征程新重庆建设,是重庆侨联应思之题、应有之举。',
  ],
  [
    'p',
    '重庆市第四次归侨侨眷代表大会以来的五年,全市各级侨联坚持以习近平新时代中国特色社会主义思想为指导,在中国侨联正确指导、市委坚强领导以及市级各部门支持下,聚焦中心工作,主动融入发展大局,推动中国侨联同重庆市人民政府签订《关于共同推进重庆建设内陆开放高地合作协议》,重庆市政府与华侨大学签订《共同推进西部(重庆)科学城建设签署合作协议》,切实成为重庆与海内外侨胞对话交流之、合作共赢之',
  ],
  ['h', '强化政治引领,夯实团结奋斗的最大共识'],
  [
    'p',
    '五年来,市侨联始终坚持把党的领导贯穿始终,不断加强政治建设,将讲政治作为侨联组织的根本属性,举办党的二十大精神专题培训班、市委六届二次全会精神专题会等各类宣讲、培训活动100余次,分众化、精准化引导侨界群众准确理解党中央、市委要求,切实将侨界群众的思想和行动统一到党中央决策部署和市委工作安排上来。',
  ],
  [
    'p',
    '此外,市侨联还结合新中国成立70周年、庆祝建党100周年、纪念辛亥革命110周年等重要时间节点,策划海外侨胞话重庆”“喜爱重庆的100个理由”“侨看新重庆等专题活动,组织话题热议20余期,几万侨界群众先后参与,整体浏览量近5000万人次。',
  ],
  ['h', '坚持围绕大局,彰显服务发展的侨界担当'],
  [
    'p',
    '五年来,市侨联带领全市各级侨联组织发挥桥梁纽带作用,围绕服务经济发展、依法维护侨益、拓展海外联谊、积极参政议政等工作职能,推动各项工作实现新的跨越。',
  ],
  [
    'p',
    '市侨联承办了四届一带一路侨商组织年会、两届创业中华 华侨论坛,举办了世界侨商重庆行”“知名侨商重庆行等活动,促成50余个合作项目签约,为重庆引进投资约600亿元。在深化法侨”“检侨合作方面,市侨联推进涉侨纠纷多元化解,实施连心侨维护侨益项目,妥善处理侨胞100余件法律纠纷,挽回经济损失约2亿元,为侨商来渝兴渝提供良好的基础和土壤。',
  ],
  [
    'p',
    '市侨联树立大侨务格局,打破地域籍贯界限,举办海外侨领重庆行”“侨界杰青重庆行”“追梦中华·感知新重庆等活动,在50余个国家和地区聘任海外顾问、委员,与近1000个海外侨社侨团保持良好互动,不断深化新华侨华人和华裔新生代工作,以为桥壮大爱国力量。',
  ],
  [
    'p',
    '与此同时,市侨联充分发挥优势,先后邀请院士、特聘专家等500余名侨界高层次人才来渝调研,广泛发动侨界专家学者参政议政,累计报送课题调研等800余条,其中180余篇侨情信息被中国侨联、市委办公厅等单位采用。',
  ],
  [
    'p',
    '侨界群众最关心的问题,就是侨联开展工作的方向。五年来,市侨联持续开展侨爱心工程、光明行行动、珍珠班项目,给5000多名贫困白内障患者带来光明,为近万名群众提供免费义诊。疫情期间,累计接收海外2247万元的医药物资,定向捐赠给抗疫一线、侨界群众,并向海外26个国家的70家侨团侨社和1000余名留学生寄送价值600多万元的防疫爱心包。同时,引资引智统筹侨界资源参与脱贫攻坚、乡村振兴等国家发展战略,划拨260余万元专项经费培育项目、发展产业。',
  ],
  ['h', '加强改革创新,筑牢事业发展的战斗堡垒'],
  ['p', '五年来,面对新形势新使命新要求,市侨联以深化改革为契机,不断提升侨联组织凝聚力战斗力。'],
  [
    'p',
    '市侨联以强三性、去四化为目标,制定《重庆市侨联事业发展规划(2022—2026年)》,在全国率先实现省级侨商组织融合,顺利完成涉侨机构改革相关任务,推动地方侨联+大学侨联+校友会工作机制,修订出台23个规章制度,努力成为侨界群众的团结之家、奋斗之家、温暖之家。',
  ],
  [
    'p',
    '截至目前,已实现区县侨联组织全覆盖,拥有各级侨联组织67个,各级涉侨平台41个,侨联分会、侨联小组380个,侨胞之家”110个,组织覆盖面、服务辐射面不断扩大。其中,成立了西部地区首家金融行业侨联、西部地区首家商会组织侨联、全国首家异地温州商会侨联等。',
  ],
  [
    'p',
    '在推进信息化建设中,市侨联建成以门户网站、微信公众号、《新华侨》电子刊等一网一微一刊为基点的市级官媒矩阵,开辟区县、高校、科研院所、商会等基层侨联组织及100余个侨胞之家网络阵地,一站式提供全市各级侨联组织资讯信息,畅通海内外侨胞与全市各级侨联组织的沟通渠道。',
  ],
  [
    'p',
    '两个大局交织激荡、两个百年历史交汇,党的二十大描绘了以中国式现代化全面推进中华民族伟大复兴的宏伟蓝图,市委六届二次全会吹响了全面建设社会主义现代化新重庆的前进号角。未来五年,重庆各级侨联组织将更加紧密地团结在以习近平同志为核心的党中央周围,以服务新时代、新征程、新重庆建设为根本任务,以实现侨联工作有声音、有形象、有品牌、有示范为主要目标,自信自强、守正创新,踔厉奋发、勇毅前行,进一步推动重庆侨联事业凝心、聚力、创新、求进,为全面建设社会主义现代化新重庆贡献侨界力量。',
  ],
];

export const emblem =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" fill="#c8102e"/><circle cx="24" cy="24" r="15" fill="none" stroke="#fff" stroke-width="3"/><path d="M24 13l3 7h7l-6 4 2 8-6-5-6 5 2-8-6-4h7z" fill="#ffd700"/></svg>',
  );

export interface Site {
  nameZh: string;
  nameEn: string;
  nav: [string, string][];
}

export const chongqing: Site = {
  nameZh: '重庆市归国华侨联合会',
  nameEn: 'Chongqing Federation of Returned Overseas Chinese',
  nav: [
    ['/', '首页'],
    ['/llxx/', '理论学习'],
    ['/qlgz/', '侨联工作'],
    ['/qjfw/', '侨界服务'],
    ['/hwly/', '海外联谊'],
  ],
};

export const jinshan: Site = {
  nameZh: '上海市金山区归国华侨联合会',
  nameEn: 'Jinshan District Federation of Returned Overseas Chinese',
  nav: [
    ['/', '首页'],
    ['/qlgk/', '侨联概况'],
    ['/gzdt/', '工作动态'],
    ['/qjfw/', '侨界服务'],
    ['/hwly/', '海外联谊'],
  ],
};

export const organisations = html`
  <qx-stat-group heading="组织覆盖">${counters(organisationFigures)}</qx-stat-group>
`;

export const articleTitle = '奋力书写“侨”文章 凝心聚力启新程 ——重庆市侨联五年工作综述';

export interface Home {
  site: Site;
  intro: string;
  figures: TemplateResult;
  work: [string, string][];
  news: TemplateResult;
}

export const jinshanHome: Home = {
  site: jinshan,
  intro:
    '上海市金山区归国华侨联合会(简称金山区侨联),是中共上海市金山区委领导的由全区归侨侨眷组成的区一级人民团体,是中国侨联的地方组织,是区委、区政府联系广大归侨侨眷和海外侨胞的桥梁和纽带。',
  figures: html` <qx-stat-group heading="五年来">${counters(jinshanFigures)}</qx-stat-group> `,
  work: [
    [
      '着力打造“凝心工程” 持续强化思想政治引领',
      '五年来,区侨联始终把加强侨联组织的政治性作为第一要务,不断加强自身建设。',
    ],
    [
      '着力打造“聚力工程” 紧密围绕中心发挥优势',
      '五年来,区侨联始终围绕“两区一堡”战略定位,聚焦主责主业,找准侨联发挥优势作用的切入点,助力经济社会高质量发展。',
    ],
    [
      '着力打造“惠侨工程” 不断提升为侨服务水平',
      '五年来,区侨联始终坚持“以人为本、为侨服务”宗旨,从侨界群众实际需要出发,开展助侨、惠侨、暖侨和依法维护侨益工作。',
    ],
    [
      '着力打造“强基工程” 全面夯实侨联组织保障',
      '五年来,区侨联不断夯实基层工作堡垒,发挥基层组织和阵地功能作用,坚持老侨新侨工作并重。',
    ],
  ],
  news: html`<li>
    <a href="/gzdt/wngz/">铸牢“根”“魂”“梦” 凝聚侨心侨力 为金山转型新发展塑造新形象而努力奋斗</a>
  </li>`,
};

export const chongqingHome: Home = {
  site: chongqing,
  intro: chongqingArticle[0]?.[1] ?? '',
  figures: html`
    ${organisations}
    <qx-stat-group heading="五年工作成效">
      ${counters([investment, cooperation, disputes, pageViews])}
    </qx-stat-group>
  `,
  work: chongqingArticle
    .map(([kind, text], i) =>
      kind === 'h' ? ([text, chongqingArticle[i + 1]?.[1] ?? ''] as [string, string]) : undefined,
    )
    .filter((card): card is [string, string] => card !== undefined),
  news: html`<li>
    <a href="/llxx/zw/">${articleTitle}</a>
    <qx-article-meta published="2023-06-02T15:38" source="本站原创"></qx-article-meta>
  </li>`,
};
