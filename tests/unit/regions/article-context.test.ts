import { describe, expect, it } from 'vitest';
import { addressInitialPlaces, addressPathFormalName, addressPathPlaces, addressPlaces, addressSiteName, paperInitials, regionalDomainProvince } from '../../../src/pipeline/regions/address-places';
import { actorReader } from '../../../src/pipeline/regions/actors';
import { resolvePlace } from '../../../src/pipeline/regions/resolve-place';
import { homeEvidence, homeForMark, homeOfBare } from '../../../src/pipeline/regions/article-context';
import { findTownNames } from '../../../src/pipeline/regions/towns';
import { attributeRegion } from '../../../src/pipeline/regions/attribute-region';

// Snippets of real pages of the development set (tests/fixtures/real/), simplified.

describe('addressPlaces: an official site spells its place in its host name', () => {
  it('reads a gov.cn host label as the pinyin of a division', () => {
    expect(addressPlaces('https://zx.jiangyin.gov.cn/doc/2026/03/12/1385098.shtml')).toEqual([{ label: 'jiangyin', codes: ['320281'], official: true }]);
    expect(addressPlaces('https://www.shidian.gov.cn/info/5549/54278.htm')).toEqual([{ label: 'shidian', codes: ['530521'], official: true }]);
  });

  it('reads a former name older sites keep, and a name by its own reading before another reading of its characters (sn-772)', () => {
    // huxian is 户县 (now 鄠邑区, cues.yaml placeAliases), not 和县 read with the hú of 和.
    expect(addressPlaces('http://www.huxianwang.com/thread-44469-1-1.html')).toEqual([{ label: 'huxianwang', codes: ['610118'], official: false }]);
    expect(addressPlaces('http://zx.hexian.gov.cn/a.html')).toEqual([{ label: 'hexian', codes: ['340523'], official: true }]);
  });

  it('reads an official romanization that is not plain pinyin (shaanxi: 陕西, as cues.yaml hostSpellings lists it; sn-45)', () => {
    expect(addressPlaces('http://gxt.shaanxi.gov.cn/webfile/zwyw/62895.html')).toEqual([{ label: 'shaanxi', codes: ['610000'], official: true }]);
    // …and a Mongolian place's own Latin name, which no pinyin of 鄂尔多斯 spells (ZZZZZZZZZZZZZZZZZZZK nm-369).
    expect(addressPlaces('http://www.ordoszx.gov.cn/gzdt_149042/202401/t20240108_3552515.html')).toEqual([{ label: 'ordoszx', codes: ['150600'], official: true }]);
    // …so an official host that spells the plain pinyin two provinces share means the one with no romanization of
    // its own (sx-1037: shanxizx is 山西's); a news site's channel keeps both, as 网易 writes 陕西 so.
    expect(addressPlaces('http://shanxizx.gov.cn/bmzz/jjw/gzdt/art/2023/art_a4228e18d44248ee8441c340e0609993.html')).toEqual([{ label: 'shanxizx', codes: ['140000'], official: true }]);
    expect(addressPlaces('https://shanxi.news.163.com/25/0625/14/K2TFMUJB04199B41.html')[0]?.codes).toEqual(expect.arrayContaining(['140000', '610000']));
  });

  it('reads a news site\'s channel for a place, right under its news, weakly, as copies on other hosts keep it (js-485)', () => {
    expect(addressPlaces('http://www.l4oxf.com/html/news/taixing/2020/0717/117304.html')).toEqual([{ label: 'taixing', codes: ['321283'], official: false, channel: true }]);
    // (Not a channel of another kind, nor the page's own file.)
    expect(addressPlaces('http://www.example.com/news/detail/2020/1.html')).toEqual([]);
    expect(addressPlaces('http://www.example.com/news/taixing')).toEqual([]);
  });

  it('reads a city subdomain\'s county channel, first in its path, weakly, only for a county of that city (ha-1103)', () => {
    expect(addressPlaces('http://kaifeng.yuduxx.com/tongxu/391319.html').map((p) => p.codes)).toEqual([['410200'], ['410222']]);
    // (Not a county of another city, nor a segment that is no place.)
    expect(addressPlaces('http://kaifeng.yuduxx.com/taixing/391319.html').map((p) => p.codes)).toEqual([['410200']]);
    expect(addressPlaces('http://kaifeng.yuduxx.com/news2/391319.html').map((p) => p.codes)).toEqual([['410200']]);
  });

  it('reads a local news site named after its place, weakly, but not national media that spell a county by chance (ah-31)', () => {
    expect(addressPlaces('http://www.huainannet.com/content.asp?id=48460')).toEqual([{ label: 'huainannet', codes: ['340400'], official: false }]);
    expect(addressPlaces('http://www.xinhuanet.com/politics/2020-01/01/c_1.htm')).toEqual([]);
    // …and one named 在线 (gd-952: zhongshanline, 中山 and 大连's 中山区, for the page to settle).
    expect(addressPlaces('http://zhongshanline.com/zx/minsheng/5762.html')[0]?.codes).toEqual(expect.arrayContaining(['442000', '210202']));
    expect(addressPlaces('http://www.xiangshengnet.com/info/40176.html')).toEqual([]);
  });

  it('reads a local portal named after its place with a greeting before it, weakly (ah-795: hichuzhou, 滁州; itongcheng, ibaoan)', () => {
    expect(addressPlaces('http://www.hichuzhou.com/news/a.html')).toEqual([{ label: 'hichuzhou', codes: ['341100'], official: false }]);
    expect(addressPlaces('http://www.itongcheng.cc/news/60148.html')[0].codes).toContain('340881');
    expect(addressPlaces('http://ibaoan.sznews.com/content/a.htm')).toEqual([{ label: 'ibaoan', codes: ['440306'], official: false }]);
    // (Not a word that only starts like one: `investchn`, `ischool`, `imedia`.)
    expect(addressPlaces('http://investchn.com/a.html')).toEqual([]);
    expect(addressPlaces('http://www.ischool.net.cn/a.html')).toEqual([]);
    expect(addressPlaces('http://imedia.eastday.com/a.html')).toEqual([]);
  });

  it('reads a local paper, station or info site named after its place with 日报, 电视 or 资讯 (sd-72, hb-73, ah-18)', () => {
    expect(addressPlaces('http://dz24hour.cms.dezhoudaily.com/p/17670.html')).toEqual([{ label: 'dezhoudaily', codes: ['371400'], official: false }]);
    expect(addressPlaces('http://wxrb.luaninfo.com/p/a.aspx?id=9990')).toEqual([{ label: 'luaninfo', codes: ['341500'], official: false }]);
    expect(addressPlaces('http://m.yangxintv.cn/p/153851.html')[0].codes).toEqual(expect.arrayContaining(['420222', '371622']));
  });

  it('reads a local site named after its place with 网 or 新闻 by initial (ZZZZZZZZZZZZZZE ha-233: fanxianw, 范县网)', () => {
    expect(addressPlaces('http://www.fanxianw.com/news/12345.html')).toEqual([{ label: 'fanxianw', codes: ['410926'], official: false }]);
    expect(addressPlaces('http://www.jingzhouxw.com/a/1.html')[0].codes).toContain('421000');
    // (Not a brand that ends so by chance, `xinhuaw`, nor national media.)
    expect(addressPlaces('http://www.xinhuanetw.com/a.html')).toEqual([]);
    // …and with a lucky number after the place (he-49: wuan888, 武安), never a number alone.
    expect(addressPlaces('https://m.wuan888.com/news/wanews/20131225/2437.html')).toEqual([{ label: 'wuan888', codes: ['130481'], official: false }]);
    expect(addressPlaces('http://www.wuan8.com/a.html')).toEqual([]);
  });

  it('reads a committee\'s formal name spelled by initials in the path (cq-43: …zgrmzzxshy zqs bsq wyh…, 璧山区)', () => {
    const url = 'http://www.jfdrw.com/ztzgrmzzxshyzqsbsqwyh/zxyw/content_416956';
    // (重 read alone, zhong, as the site's converter read it; 璧山区 under 重庆市.)
    expect(addressPathFormalName(url)).toEqual({ label: 'ztzgrmzzxshyzqsbsqwyh', codes: ['500120'], official: false });
    expect(homeEvidence({ body: '区政协组织政协委员开展捐赠活动。', url })).toContainEqual({ code: '500120', what: "ztzgrmzzxshyzqsbsqwyh (site path, the committee's formal name by initials)", rank: 3 });
    // (Initials that spell no place, or several, say nothing.)
    expect(addressPathFormalName('http://example.com/zgrmzzxshyxxxwyh/1.html')).toBeNull();
  });

  it('reads a county\'s short name right after its prefecture\'s as its full name (沈阳法库: 法库县; ln-82)', () => {
    const body = '3月24日，县政协召开发改工作咨政评议会。县委常委、沈阳法库通航产业基地管委会常务副主任王大为及相关人员参加会议。';
    expect(homeEvidence({ body })).toContainEqual({ code: '210124', what: '沈阳法库 (the text)', rank: 6 });
  });

  it('reads a county\'s short name the body names beside its own prefecture as that county (禅城乃至佛山; gd-1254)', () => {
    const body = '陶瓷行业转型升级一直是禅城乃至佛山的关注重点，促进政协委员的沟通交流也是区政协致力目标。10月23日，区政协组织20多名政协委员召开了研讨会。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('440604');
    // (Not where it is somewhere gone to, whose prefecture would then be read as home: he-922's 遵化 stays first.)
    const visit =
      '9月16日，市政协主席王振国到遵化法院调研，并走访看望法院系统市政协委员。王振国对遵化法院大力支持政协工作表示感谢，希望他们积极为奋力谱写唐山“三个努力建成”“三个走在前列”遵化篇章贡献智慧和力量，为遵化经济社会高质量发展作出贡献。';
    expect(homeEvidence({ body: visit })[0].code).toBe('130281');
  });

  it('settles homophones in a site name by a town the text names (yangxintv: 阳新, whose 浮屠镇 it visits; hb-73)', () => {
    const body = '县政协组织县采茶戏传承中心、县科协、县妇幼保健院走进浮屠镇，开展“三下乡”活动。';
    expect(homeEvidence({ body, url: 'http://m.yangxintv.cn/p/153851.html' }).map((e) => e.code)).toContain('420222');
  });

  it('reads past a government\'s subdomain for its organs (jiguan: 机关, not 鸡冠区; ZZU js-03)', () => {
    expect(addressPlaces('http://jiguan.huishan.gov.cn/zx/doc/2020/05/22/854232.shtml')).toEqual([{ label: 'huishan', codes: ['320206'], official: true }]);
  });

  it('reads a name by any reading of its characters (liandu: 莲都, which pinyin-pro reads liandou; zj-49)', () => {
    expect(addressPlaces('https://www.liandu.gov.cn/art/2020/9/10/art_1229384658_58887828.html')).toEqual([{ label: 'liandu', codes: ['331102'], official: true }]);
  });

  it('gives every namesake: two 普陀区, and 常州市 with its homophone 长洲区', () => {
    expect(addressPlaces('https://ptzx.putuo.gov.cn/zxdt/zxyw/20213/4161125576137.html')[0].codes).toEqual(expect.arrayContaining(['310107', '330903']));
    expect(addressPlaces('https://zx.changzhou.gov.cn/html/czzx/2020/x.html')[0].codes).toEqual(expect.arrayContaining(['320400', '450405']));
  });

  it('reads a place spelled after the initials of its province (ahfeixi: 安徽 肥西), not initials alone', () => {
    expect(addressPlaces('http://fxzx.ahfeixi.gov.cn/content/detail/1.html')).toEqual([{ label: 'ahfeixi', codes: ['340123'], official: true }]);
    // zj is not 安徽's initials: no reading.
    expect(addressPlaces('http://www.zjfeixi.gov.cn/')).toEqual([]);
    expect(addressPlaces('http://zx.sxyc.gov.cn/')).toEqual([]);
  });

  it('reads a county site that puts `china` before its name (chinaqinglong: 青龙 and its homophone 晴隆; he-52)', () => {
    expect(addressPlaces('http://www.chinaqinglong.gov.cn/single/107/55417.html')[0].codes).toEqual(['130321', '522324']);
    // Only an official host: a brand's `china` prefix is no place.
    expect(addressPlaces('http://www.chinaqinglong.com/a.html')).toEqual([]);
  });

  it('reads no home from a link to another article in the page’s furniture (hb-67)', () => {
    const body = '经县政协多次建议，粉水广场建成。图为县政协委员在粉水广场视察。';
    expect(homeEvidence({ body, furniture: ['上一篇： 宜城市政协为反映社情民意信息和宣......'] }).map((e) => e.code)).not.toContain('420684');
    // (…arrows before it too, sn-1111.)
    expect(homeEvidence({ body, furniture: ['>>上一篇:宜城市政协为反映社情民意信息和宣......'] }).map((e) => e.code)).not.toContain('420684');
  });

  it('reads a county filed by name in the path of its prefecture committee’s site, only within the host’s place (gx-67)', () => {
    expect(addressPathPlaces('http://lzzx.liuzhou.gov.cn/xqzx/ljx/liujiang_news/200902/t20090212_142913.html')).toEqual([
      { label: 'liujiang', codes: ['450206'], official: true },
    ]);
    // A place elsewhere, or a news site's path, is no evidence.
    expect(addressPathPlaces('http://lzzx.liuzhou.gov.cn/news/jiangyin/1.html')).toEqual([]);
    expect(addressPathPlaces('http://news.example.com/liuzhou/liujiang/1.html')).toEqual([]);
    // A county filed under its initials (five letters, one place's) on a committee's site, within the
    // site's own place (`ordos`, 鄂尔多斯's own Latin name; nm-64).
    expect(addressPathPlaces('http://ordoszx.gov.cn/qqdt/yjhlq/202502/t20250211_3763465.html')).toEqual([{ label: 'yjhlq', codes: ['150627'], official: true }]);
    expect(addressPathPlaces('http://ordoszx.gov.cn/qqdt/index/202502/t.html')).toEqual([]);
    // …or under three or four letters that spell one of its counties with its kind, perhaps with 政协 after them
    // (rsx: 融水县, short for 融水苗族自治县, gx-969; hzqzx: 徽州区政协): not letters no county of the place has.
    expect(addressPathPlaces('http://lzzx.liuzhou.gov.cn/xqzx/rsx/rsx_zxxw/t19700101_3280391.html')).toEqual([{ label: 'rsx', codes: ['450225'], official: true }]);
    expect(addressPathPlaces('http://hsszx.huangshan.gov.cn/qxzx/hzqzx/8983607.html')).toEqual([{ label: 'hzqzx', codes: ['341004'], official: true }]);
    expect(addressPathPlaces('http://lzzx.liuzhou.gov.cn/xqzx/gzdt/t19700101_3280391.html')).toEqual([]);
    const body = '2月10日下午，县政协七届四次会议组织召开政协各联络组、活动组组长会议。';
    expect(homeEvidence({ body, url: 'http://lzzx.liuzhou.gov.cn/xqzx/ljx/liujiang_news/200902/t20090212_142913.html' })).toContainEqual({
      code: '450206',
      what: 'liujiang (site path)',
      rank: 6,
    });
  });

  it('trims a committee word from a label, and reads such a host off gov.cn too', () => {
    expect(addressPlaces('http://www.jiangyinzx.com/a.html')).toEqual([{ label: 'jiangyinzx', codes: ['320281'], official: true }]);
  });

  it('reads a platform\'s subdomain that is exactly a place\'s pinyin as weak, a site\'s own name never (hb-94)', () => {
    expect(addressPlaces('http://xiaochang.cjyun.org/p/77589.html')).toEqual([{ label: 'xiaochang', codes: ['420921'], official: false }]);
    const body = '11月8日，县政协召开六届第52次主席（扩大）会议。';
    expect(homeEvidence({ body, url: 'http://xiaochang.cjyun.org/p/77589.html' })).toEqual([{ code: '420921', what: 'xiaochang (site subdomain)', rank: 6 }]);
    // (…and its mobile edition's, hyphenated: ZZZZZZZZZZZZZZZZZZZZZZZZZ hb-514.)
    expect(addressPlaces('http://m-xiaochang.cjyun.org/p/73225.html')).toEqual([{ label: 'xiaochang', codes: ['420921'], official: false }]);
  });

  it('does not read news sites, whose labels are brands, nor anything that is not an address', () => {
    expect(addressPlaces('http://www.xinhuanet.com/politics/2024-01/01/c_1.htm')).toEqual([]);
    expect(addressPlaces('https://www.guangming.com.cn/a.html')).toEqual([]);
    expect(addressPlaces('ftp://zx.jiangyin.gov.cn/a')).toEqual([]);
    expect(addressPlaces('zx.jiangyin.gov.cn')).toEqual([]);
    expect(addressPlaces(null)).toEqual([]);
  });
});

describe('homeEvidence: a place in the title of an exhibition seen is its subject, not somewhere visited (ZZZZZT zj-93)', () => {
  it('counts 宁波 named twice when the committee goes to see 《中国共产党宁波百年历史主题展》', () => {
    const body = '今年是中国共产党宁波地方组织成立100周年，近日，市政协机关组织干部赴市城市展览馆参观《中国共产党宁波百年历史主题展》。机关干部们认真聆听讲解，重温党团结带领宁波人民披荆斩棘的伟大奋斗历史。';
    expect(homeEvidence({ body })).toContainEqual({ code: '330200', what: '宁波 (the text)', rank: 6 });
  });
});

describe('homeEvidence: a province\'s committee site by its initials (ZZZZZV hb-95)', () => {
  it('reads hbzx.gov.cn as 湖北 where the page names a committee of 湖北, and as nothing where it names none', () => {
    const body = '2月22日下午，省政协民族和宗教委员会召开专题界别协商工作会议。来自省五大宗教团体、武汉市政协民宗委的负责人踊跃发言。';
    const url = 'https://hbzx.gov.cn/47/2019-02-22/58059.html';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '420000', what: "hb (site address initials, the page's province)", rank: 6 });
    // (The letters alone read nothing; the curated list of committee sites holds the host, cues.yaml `committeeSites`.)
    const bare = homeEvidence({ body: body.replace('武汉市政协', '市政协'), url });
    expect(bare.filter((e) => e.what.includes('initials')).map((e) => e.code)).not.toContain('420000');
    expect(bare).toContainEqual({ code: '420000', what: 'hbzx.gov.cn (curated committee site)', rank: 2 });
  });

  it('reads jszx.gov.cn as 江苏 for a bare 省政协 on a page that names no province: its letters spell one (ZZZZZZZZZZZG js-19)', () => {
    const body = '近日，省政协习近平新时代中国特色社会主义思想学习座谈第5小组召开2022年第三季度学习座谈会。';
    const url = 'http://jszx.gov.cn/zwhgz/xxwyh/202208/t20220831_67501.html';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '320000', what: 'js (site address initials, the one province they spell)', rank: 6, reading: true });
    expect(attributeRegion({ heading: [], body, article: { body, url } })).toMatchObject({ level: 'province', region: { code: '320000' } });
    // (A bare 市政协 takes nothing from it.)
    const city = body.replace('省政协', '市政协');
    expect(attributeRegion({ heading: [], body: city, article: { body: city, url } }).region.code).toBeNull();
  });

  it('reads no prefecture from two letters that spell provinces too (sxzx: 陕西, 山西, not 绍兴; sn-1113)', () => {
    const body = '5月8日，省政协召开“完善支持政策 培育更多专精特新‘小巨人’企业”民主监督协商座谈会。省政协副主席杨冠军出席并讲话。';
    // (An address no curated list holds: the letters alone.)
    const url = 'http://www.sxzx.org.cn/zxdt/62599.html';
    expect(homeEvidence({ body, url }).map((e) => e.code)).not.toContain('330600');
    expect(attributeRegion({ heading: [], body, article: { body, url } }).region.code).toBeNull();
    // (The committee's own site, sxzx.gov.cn, is 陕西's: cues.yaml `committeeSites`.)
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://www.sxzx.gov.cn/zxdt/62599.html' } }).region.code).toBe('610000');
  });

  it('reads hljzx.gov.cn as 黑龙江 for a bare 省政协 even on a page that names another province: no other place has its letters (hl-927)', () => {
    const body = '省政协科教文卫体委员会赴浙江学习考察体育产业发展经验，在省政协与17家中省直部门座谈协商。';
    const url = 'http://www.hljzx.gov.cn/zwhgz/2016112320576.htm';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '230000', what: "hlj (a province's initials and 政协)", rank: 2 });
    expect(attributeRegion({ heading: [], body, article: { body, url } }).region.code).toBe('230000');
    // (Not letters another place has too: `gds` is 广德市's as well as 广东省's.)
    expect(homeEvidence({ body, url: 'http://www.gdszx.gov.cn/zsjs/1.html' }).map((e) => e.what)).not.toContain("gds (a province's initials and 政协)");
  });

  it('reads no prefecture from two letters that a city its province runs directly shares (jyzx.gov.cn: 揭阳 or 济源; ha-116)', () => {
    const body = '7月5日，市政协民宗委就推动我市民族团结进步创建活动召开双月协商座谈会。';
    expect(homeEvidence({ body, url: 'http://www.jyzx.gov.cn/wap/Mhyzt/Mqitahuiyi/t902193.html' }).map((e) => e.code)).not.toContain('445200');
  });

  it('reads gdszx.gov.cn as 广东 for a bare 省政协 that goes to another province (gd-02)', () => {
    const body = '2017年3月5-10日，以省政协人资环委副主任张育文为团长的学习考察团一行13人，赴江西省就生态环境保护和建设情况进行专题学习考察。';
    const url = 'http://www.gdszx.gov.cn/zwhgz/rkzyhj/dt/content/post_11800.html';
    expect(attributeRegion({ heading: [], body, article: { body, url } })).toMatchObject({ level: 'province', region: { code: '440000' } });
  });
});

describe('homeEvidence: a province\'s paper whose name is no place\'s (ZZZZZW sh-96)', () => {
  it('reads 解放日报 as 上海\'s, not as a paper of 焦作\'s 解放区', () => {
    const body = '昨天，市政协开展重点协商办理“切实挖掘保护红色资源”提案专题活动。';
    const codes = homeEvidence({ body, publisher: '解放日报' }).map((e) => e.code);
    expect(codes).toContain('310000');
    expect(codes).not.toContain('410802');
  });

  it('reads a provincial committee\'s own paper as its province\'s (湘声报: ZZZZZZZZZZZZZZZZZZZW hn-381)', () => {
    const body = '近日，省政协办公厅印发《全省政协系统2022年度政协云“委员联动值班”安排》。';
    expect(homeEvidence({ body, publisher: '湘声报' })).toContainEqual({ code: '430000', what: '湘声报 (publisher)', rank: 2 });
    expect(homeForMark('省', homeEvidence({ body, publisher: '湘声报' }))?.code).toBe('430000');
  });

  it('reads the province that every reading of a site\'s spelling lies in as a bare 省政协\'s (hengshan: 衡山县, 湖南; hn-99)', () => {
    const body = '11月2日，省政协副主席一行来到县政协委员工作室调研。';
    const evidence = homeEvidence({ body, url: 'https://www.hengshan.gov.cn/xxgk/hsdt/tpxw/20221104/i2833064.html' });
    expect(evidence).toContainEqual({ code: '430423', what: 'hengshan (site address, read as 衡山县)', rank: 2, reading: true });
    expect(homeForMark('省', evidence)?.code).toBe('430000');
    // (Not where its readings lie in two, `lishui`: 江苏's 溧水区 or 浙江's 丽水市.)
    expect(homeForMark('省', homeEvidence({ body, url: 'http://zx.lishui.gov.cn/art/2019/7/17/art_1229404497_699.html' }))).toBeNull();
  });
});

describe('homeEvidence: a city\'s paper whose name is no place\'s (ZZZZZZZZZL gd-111)', () => {
  it('reads 西江日报 in its dateline as 肇庆\'s', () => {
    const body = '西江日报讯(记者 甘婉怡)4月22日,市政协召开2022年社情民意工作会议。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('441200');
  });

  it('reads 金山网 in its dateline as 镇江\'s, not 上海\'s 金山区 (js-715)', () => {
    const body = '金山网讯 1月11日下午,市政协九届四次会议讨论组组长会议召开。市政协主席郭建出席会议并讲话。';
    expect(homeForMark('市', homeEvidence({ body }))?.code).toBe('321100');
  });
});

describe('homeEvidence: a committee the page calls by its place\'s short name alone (ha-790)', () => {
  it('reads 濮阳政协 beside a bare 市政协 as 濮阳市\'s, each reading for a committee of its kind, but not where other committees are named in full', () => {
    const body = '市政协主席徐慧前讲授思政课。\n授课中，结合濮阳政协的履职实践，展现协商民主在基层治理中的生动实践。';
    const evidence = homeEvidence({ body });
    expect(homeForMark('市', evidence)?.code).toBe('410900');
    expect(homeForMark('县', evidence)?.code).toBe('410928');
    // (One of several committees a joint event names: `徐州政协` beside 枣庄市政协.)
    const joint = '淮海经济区政协系统书画联展枣庄展区开幕。枣庄市政协主席出席，徐州政协、宿州市政协参展。';
    expect(homeEvidence({ body: joint }).map((e) => e.what)).not.toContainEqual(expect.stringContaining('short name'));
    // (Nor a province's, nor one gone to.)
    expect(homeEvidence({ body: '市政协主席讲课。结合内蒙古政协的履职实践。' }).map((e) => e.what)).not.toContainEqual(expect.stringContaining('short name'));
    expect(homeEvidence({ body: '市政协主席率队赴濮阳政协学习考察。' }).map((e) => e.what)).not.toContainEqual(expect.stringContaining('short name'));
  });
});

describe('homeEvidence: a committee named by a place two divisions share, read inside the place the rest names (js-1014)', () => {
  it('reads the source line\'s 海州区政协 on 连云港\'s committee site as 连云港\'s 海州区, not 阜新\'s', () => {
    const body = '根据海州区政府要求，区政协组织部分委员、专家、学者，共商我区民宿发展新方向。';
    const url = 'http://zx.lyg.gov.cn/lygszx/jcxs/content/d3c024c7.html';
    expect(homeForMark('区', homeEvidence({ body, publisher: '海州区政协', url }))?.code).toBe('320706');
    // (With nothing else to say which, neither reading stands.)
    expect(homeEvidence({ body, publisher: '海州区政协' }).map((e) => e.code)).not.toContain('210202');
    expect(homeForMark('区', homeEvidence({ body, publisher: '海州区政协' }))).toBeNull();
  });
});

describe('homeForMark: a bare 区政协 is never a 县\'s or a 旗\'s (cq-630)', () => {
  it('reads no home for 区政协 from a paper named like a county (九龙报讯: not 九龙县), where a 县政协 would take it', () => {
    const evidence = [{ code: '513324', what: '九龙 (publisher)', rank: 2 }];
    expect(homeForMark('区', evidence)).toBeNull();
    expect(homeForMark('县', evidence)?.code).toBe('513324');
    // (…while a 县政协 on an old page may be a district's today: 县 gives way to 区.)
    expect(homeForMark('县', [{ code: '420304', what: '郧阳 (the text)', rank: 2 }])?.code).toBe('420304');
  });
});

describe('homeForMark: two readings of one site\'s initials that both end in 市 (sn-1035)', () => {
  it('reads wnszx (万宁市 or 渭南市, named no more than each other) by neither order: a bare 市政协 is the prefecture\'s', () => {
    const readings = (first: string, second: string) => [
      { code: first, what: `wnszx (site address initials, read as ${first})`, rank: 6, reading: true },
      { code: second, what: `wnszx (site address initials, read as ${second})`, rank: 6, reading: true },
    ];
    expect(homeForMark('市', readings('469006', '610500'))?.code).toBe('610500');
    expect(homeForMark('市', readings('610500', '469006'))?.code).toBe('610500');
    // (…while one the text names too wins, whatever its level.)
    expect(homeForMark('市', [...readings('610500', '469006'), { code: '469006', what: '万宁 (the text)', rank: 6 }])?.code).toBe('469006');
  });
});

describe('homeEvidence: a stock exchange named after its city is no place of the page (gd-21)', () => {
  it('reads 上海证券交易所科创板上市企业 as a firm\'s listing, not 上海 as the bare 市政协\'s home', () => {
    const body = '市政协主席郑建民带队来长安走访调研。据介绍，广东奥普特科技股份有限公司是上海证券交易所科创板上市企业。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('310000');
  });
});

describe('homeEvidence: the body that signs the story off in brackets, by its place (hn-994)', () => {
  it('reads （邵阳民盟 邹建山） under a bare 市政协\'s meeting as 邵阳市\'s, each reading for a committee of its kind', () => {
    const body = '第0019号提案是由民盟市委提交的集体提案，列为2018年市政协主席会议成员领衔督办的重点提案。\n郭妤指出，承办单位办理该提案态度认真。 （邵阳民盟 邹建山）';
    const evidence = homeEvidence({ body });
    expect(homeForMark('市', evidence)?.code).toBe('430500');
    expect(homeForMark('县', evidence)?.code).toBe('430523');
    // (A place named whole signs for itself.)
    expect(homeForMark('县', homeEvidence({ body: '县政协委员开展视察。（萧县委统战部  唐国吕）' }))?.code).toBe('341322');
    // (Never a reporter's credit, nor a committee's own body, which the committee rules read.)
    expect(homeEvidence({ body: '市政协召开会议。（邵阳日报记者 邹建山）' }).map((e) => e.what)).not.toContainEqual(expect.stringContaining('sign-off'));
    expect(homeEvidence({ body: '市政协召开会议。（邵阳市政协 邹建山）' }).map((e) => e.what)).not.toContainEqual(expect.stringContaining('sign-off'));
  });
});

describe('homeEvidence: a province right after another in the headline opens an association\'s name (qh-782)', () => {
  it('reads 香港福建希望工程基金会为青海捐资助学 as 青海\'s story, not 福建\'s', () => {
    const evidence = homeEvidence({ title: '为了明天、香港福建希望工程基金会为青海捐资助学', body: '省政协举行捐资助学仪式。' });
    expect(evidence).toContainEqual({ code: '630000', what: '青海 (title)', rank: 4 });
    expect(evidence.map((e) => e.what)).not.toContain('福建 (title)');
    expect(homeForMark('省', evidence)?.code).toBe('630000');
    // (A province alone is still the headline's: `福建希望工程基金会为青海捐资助学` names both.)
    expect(homeEvidence({ title: '福建希望工程基金会为青海捐资助学', body: '省政协举行仪式。' }).map((e) => e.what)).toContain('福建 (title)');
  });
});

describe('homeForMark: a guess at an ambiguous spelling against the site\'s own address', () => {
  it('reads an old page\'s 县政协 on yuhuan.gov.cn as 玉环\'s, a 市 now, over the 云和县 its initials may spell', () => {
    const body = '为深入开展党的群众路线教育实践活动,县政协机关党总支认领了沙岙小学8名同学的“微心愿”。';
    const evidence = homeEvidence({ body, url: 'http://zjyhzx.yuhuan.gov.cn/art/2014/6/27/art_1647306_33983123.html' });
    expect(evidence.filter((e) => e.reading).map((e) => e.code)).toContain('331125');
    expect(homeForMark('县', evidence)?.code).toBe('331083');
    // (A guess of that kind still beats a guess of another.)
    const guesses = [
      { code: '331125', what: 'yh (a reading)', rank: 6, reading: true },
      { code: '331083', what: 'yh (a reading)', rank: 6, reading: true },
    ];
    expect(homeForMark('县', guesses)?.code).toBe('331125');
  });
});

describe('homeEvidence: a county\'s own site named by a short form that is a common word (ZZZZZZZZZZZZZZZZZZZZZQ hn-427)', () => {
  it('reads 会同新闻网 as 会同县\'s site, where 会同 alone in running text is "together with"', () => {
    const evidence = homeEvidence({ body: '12月11日，县政协召开重点提案办理讲评会。', publisher: '会同新闻网' });
    expect(evidence).toContainEqual({ code: '431225', what: '会同新闻网 (publisher)', rank: 2 });
    expect(homeForMark('县', evidence)?.code).toBe('431225');
    // (A paper of that word is not the county's: `光明日报`.)
    expect(homeEvidence({ body: '县政协召开会议。', publisher: '光明日报' }).map((e) => e.code)).not.toContain('440311');
  });
});

describe('homeEvidence: a county paper\'s e-edition named 今日 and its place (ZZZZZZZZZZZZZZZJ hb-264)', () => {
  it('reads 今日京山数字报纸 in the page\'s furniture as 京山\'s, not the prefecture the story names', () => {
    const body = '12月10日，市政协2020年提案办理工作咨询听政会在市政府小礼堂召开。我市收看荆门市疫情防控工作视频会。';
    const evidence = homeEvidence({ body, furniture: ['今日京山数字报纸'] });
    expect(evidence).toContainEqual({ code: '420882', what: '今日京山数字报纸 (page furniture: 今日京山数字报纸)', rank: 2 });
    expect(homeForMark('市', evidence)?.code).toBe('420882');
  });
});

describe('homeEvidence: a committee site\'s name opening a long furniture line (ZZZZZZZZZZZZZZZZZZZM gd-371)', () => {
  it('reads 陆丰政协网 before the line\'s date and publisher as 陆丰\'s, over the prefecture the story names', () => {
    const body = '根据市政协十届三次会议的工作安排，大会组织部分委员开展了视察活动。委员们视察了汕尾市普宁华美实验学校。';
    const furniture = ['陆丰政协网： mustafaesen.com 发布时间：2018-01-22 发布者：liang 字号：[大] [中] [小]'];
    const evidence = homeEvidence({ body, furniture });
    expect(evidence).toContainEqual({ code: '441581', what: '陆丰政协 (page furniture: 陆丰政协网)', rank: 1 });
    expect(homeForMark('市', evidence)?.code).toBe('441581');
    // (A long line that opens with no site's name gives nothing: `首页 新闻中心 …`.)
    expect(homeEvidence({ body, furniture: ['首页 新闻中心 陆丰政协 委员风采 理论研究 文史资料 提案工作 社情民意 专题专栏 联系我们'] }).map((e) => e.code)).not.toContain('441581');
  });
});

describe('homeEvidence: a county a mirror files its copy under, where the text names it or it is a news channel (ZZZZZZZZZZZZZZZZZZZN js-372)', () => {
  const url = 'http://www.abcjf.cn/html/news/taixing/2010/0911/23338.html';
  it('reads /news/taixing/ with 泰兴中学 in the text as 泰兴\'s, and the path alone, a news channel, as weakly 泰兴\'s', () => {
    const evidence = homeEvidence({ body: '9月10日下午，市政协开展主席走访活动。委员视察了泰兴中学周边地段交通管理情况。', url });
    expect(evidence).toContainEqual({ code: '321283', what: 'taixing (site path; the text names it)', rank: 6 });
    expect(homeForMark('市', evidence)?.code).toBe('321283');
    // (Once held as nothing alone; a channel right under the site's news is its place's: five pages of the
    // development set gained, none lost.)
    expect(homeEvidence({ body: '9月10日下午，市政协开展主席走访活动。', url })).toEqual([{ code: '321283', what: 'taixing (news channel in the site path)', rank: 6 }]);
    expect(homeEvidence({ body: '9月10日下午，市政协开展主席走访活动。', url: 'http://www.abcjf.cn/html/xinwen/taixing/2010/0911/23338.html' })).toEqual([]);
  });
});

describe('homeEvidence: a district whose name any town\'s part has (ZZZZZZZZZZZZZZZZZZZT zj-378)', () => {
  it('reads 西区 named alone as no place, and after its city as 攀枝花\'s', () => {
    const body = '12月12日上午，县政协召开七届十七次主席会议。县国土资源局、发改局、滨海新城、西区指挥部、工业园区负责人列席会议。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('510403');
    expect(homeEvidence({ body: '12月12日上午，区政协召开主席会议。攀枝花市西区各街道负责人列席会议。' }).map((e) => e.code)).toContain('510403');
  });
});

describe('homeForMark: a county-level 市 since made a district (ZZZZZZZZZZZZZZZZZZZT js-378)', () => {
  it('takes 海门区 for a bare 市政协 where the page wrote it 海门市, and its city where it wrote 海门区', () => {
    const owner = { code: '320614', what: '江苏省海门市 (site owner: 中国人民政治协商会议江苏省海门市委员会)', rank: 2 };
    expect(homeForMark('市', [owner])?.code).toBe('320614');
    expect(homeForMark('市', [{ ...owner, what: '海门区 (site owner: 南通市海门区人民政府)' }])?.code).not.toBe('320614');
  });
});

describe('homeEvidence: a place the text names whose initials the site spells (ZZZZZZZZZZZZZZZL fj-266)', () => {
  const body = '南平市委、市政府紧跟步伐，深化机制创新。武夷山以数字化为突破口，借助数字技术赋能政务服务。7月25日，市政协召开专题议政性常委会议。';
  it('reads wysxww.com (武夷山新闻网) with 武夷山 in the text as the page\'s own place, over the prefecture it names', () => {
    const evidence = homeEvidence({ body, url: 'http://www.wysxww.com/2025-12/25/content_2294074.htm' });
    expect(evidence).toContainEqual({ code: '350782', what: '武夷山 (the text, whose initials the site\'s address spells: wys)', rank: 3 });
    expect(homeForMark('市', evidence)?.code).toBe('350782');
  });
  it('leaves the places alone on a site whose initials spell none of them', () => {
    const evidence = homeEvidence({ body, url: 'http://www.abcxww.com/2025-12/25/content_2294074.htm' });
    expect(evidence.every((e) => e.rank === 6)).toBe(true);
  });
});

describe('homeEvidence: a national agency\'s regional channel (ZZZZZZZS ha-69)', () => {
  it('reads 中新河南网 as 河南\'s channel, not a site of 新河县', () => {
    const body = '11月18日，浉河区政协召开双周好声音暨社情民意信息工作推进会。';
    const codes = homeEvidence({ body, publisher: '中新河南网' }).map((e) => e.code);
    expect(codes).not.toContain('130530');
  });
});

describe('homeEvidence: a news site named by its province\'s and county\'s initials (ZZZZZU fj-94)', () => {
  it('reads fjscnews.com as 顺昌, the one place fj + sc spells, and two letters as none', () => {
    const body = '6月30日，县政协举办庆祝中国共产党成立100周年“永远跟党走”联欢晚会。';
    expect(homeEvidence({ body, url: 'http://www.fjscnews.com/2021-07/02/content_1126642.htm' })).toContainEqual({ code: '350721', what: 'fjscnews (site name, initials)', rank: 6 });
    expect(homeEvidence({ body, url: 'http://www.scnews.com/2021-07/02/content_1126642.htm' })).toEqual([]);
    // …or `tv`, its television station's site (`m.hbgstv.com`: 湖北 广水; hb-493).
    const visit = '7月25日,市政协主席何庆海走访慰问市人武部和驻广某部官兵。';
    const station = homeEvidence({ body: visit, url: 'http://m.hbgstv.com/p/66717.html' });
    expect(station).toContainEqual({ code: '421381', what: 'hbgstv (site name, initials)', rank: 6 });
    expect(homeForMark('市', station)?.code).toBe('421381');
    // …or `ol`, online (`szb.zjphol.com`: 浙江 平湖; ZZZZZZZZZZZN zj-164).
    expect(homeEvidence({ body: '昨天下午，参加市政协十四届一次会议的委员陆续向大会报到。', url: 'http://szb.zjphol.com/pc/content/202202/14/content_202449.html' })).toContainEqual({
      code: '330482',
      what: 'zjphol (site name, initials)',
      rank: 6,
    });
  });
});

describe('homeEvidence: a government site named by initials and gov (ZZZZZQ sx-90)', () => {
  it('reads jcgov.gov.cn as 晋城 where the page names a county of 山西', () => {
    const body = '5月22日，市政协副主席郭向阳先后来到阳城县鑫途化工股份有限公司、福龙陶瓷有限公司等地走访调研包联重点企业。';
    const url = 'https://www.jcgov.gov.cn/zwgk/ldzc/szxld/fzx/gxy/zyhd/202505/t20250525_2146616.shtml';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '140500', what: 'jc (site address initials)', rank: 6 });
  });
});

describe('addressInitialPlaces: an official site abbreviates its place by initials', () => {
  it('reads a full name with its suffix (bss: 白山市 …) or a place after an ancestor (sxyc: 绍兴 越城, 山西 运城 …)', () => {
    expect(addressInitialPlaces('http://www.bsszx.gov.cn/zxdt/zxyw/201808/t20180830_356831.html')).toEqual({
      label: 'bsszx',
      codes: ['220600', '451000', '530500'],
      official: true,
    });
    expect(addressInitialPlaces('http://zx.sxyc.gov.cn/art/2023/6/12/art_1566762_58570706.html')?.codes).toEqual(expect.arrayContaining(['140800', '330602']));
    expect(addressInitialPlaces('https://www.bjmtg.gov.cn/mtg11J001/bmdt52/202301/x.html')).toEqual({ label: 'bjmtg', codes: ['110109'], official: true });
    // A county after its province's initials (ahscx: 安徽 舒城县), on a host with a committee word (ah-92).
    expect(addressInitialPlaces('http://www.ahscxzx.cn/DocHtml/1991/17/11/00183887.html')).toEqual({ label: 'ahscxzx', codes: ['341523'], official: true });
    // A city's subdomain of its province's committee site (kf.hnzx: 河南 开封), but not 政协 itself on a platform
    // that serves every county (zx.zxy.hunanzx: 政协云, whose zx is no 宜章's last letter; hn-656).
    expect(addressInitialPlaces('https://kf.hnzx.gov.cn/a.html')?.codes).toContain('410200');
    // …a prefecture, not a county whose initials it shares (xy.hnzx: 信阳, not 荥阳; ha-970).
    expect(addressInitialPlaces('https://xy.hnzx.gov.cn/2022/07-18/4288604.html')?.codes).toEqual(['411500']);
    expect(addressInitialPlaces('https://zx.zxy.hunanzx.gov.cn/szxapp/2/20/436/content_933775.html')).toBeNull();
  });

  it('abbreviates the syllable er by its r as well as its e (qqhr: 齐齐哈尔; hl-40)', () => {
    expect(addressInitialPlaces('http://www.qqhrzx.gov.cn/new.aspx?id=2026012200000003')).toEqual({ label: 'qqhrzx', codes: ['230200'], official: true });
  });

  it('reads the province of a regional domain, which settles a namesake the host spells (bzx.baoshan.sh.cn: 上海 宝山区; sh-87)', () => {
    expect(regionalDomainProvince('http://bzx.baoshan.sh.cn/news/news_1/202010/t20201019_572280.html')).toBe('310000');
    expect(regionalDomainProvince('http://zx.baoshan.gov.cn/x.html')).toBeNull();
    const body = '10月15日下午，区政协在逸仙雅苑举办反映社情民意信息沙龙活动，副主席沈天柱出席并致辞。';
    const at = (url: string) => attributeRegion({ heading: ['区政协开展反映社情民意信息沙龙活动'], body, article: { body, url } }).region.code;
    expect(at('http://bzx.baoshan.sh.cn/news/news_1/202010/t20201019_572280.html')).toBe('310113');
  });

  it('trims 政协 written zhx as well as zx (jygzhx.cn: 嘉峪关; gs-48)', () => {
    expect(addressInitialPlaces('http://jygzhx.cn/htm/202411/2_4755.htm')).toEqual({ label: 'jygzhx', codes: ['620200'], official: true });
  });

  it('reads the initials of a short name of three characters or more (yjhl: 伊金霍洛, nm-18)', () => {
    expect(addressInitialPlaces('http://www.yjhlzx.gov.cn/zxyw/202410/t20241015_3667567.html')).toEqual({ label: 'yjhlzx', codes: ['150627'], official: true });
  });

  it('reads a place before its province’s initials too (szzj: 嵊州 浙江; zj-57)', () => {
    expect(addressInitialPlaces('http://szx.szzj.gov.cn/art/2024/11/18/art_1518693_58872426.html')).toEqual({ label: 'szzj', codes: ['330683'], official: true });
  });

  it('reads zh, ch and sh written whole (bjtzh: 北京 通州, not 南通 通州)', () => {
    expect(addressInitialPlaces('http://zhengxie.bjtzh.gov.cn/bjtzhzx/zxdt/202306/1664664.shtml')).toEqual({ label: 'bjtzh', codes: ['110112'], official: true });
  });

  it('reads no news site, and no label every address has (www, gov)', () => {
    expect(addressInitialPlaces('http://www.tynews.com.cn/system/2025/12/11/030961505.shtml')).toBeNull();
    expect(addressInitialPlaces('http://www.gov.cn/x.html')).toBeNull();
    expect(addressInitialPlaces(null)).toBeNull();
  });
});

describe('homeEvidence: the site address among the other evidence', () => {
  const putuo = 'https://ptzx.putuo.gov.cn/zxdt/zxyw/20213/4161125576137.html';
  const body = '3月2日，区政协召开五届五十六次主席会议。区政协主席张禾波主持会议并讲话。';

  it('a namesake in the address that nothing else settles is not evidence', () => {
    expect(homeEvidence({ body, url: 'https://www.putuo.gov.cn/art/2021/3/2/art_1.html' })).toEqual([]);
    // (The committee's own site is settled by hand: cues.yaml `committeeSites`.)
    expect(homeEvidence({ body, url: putuo })).toContainEqual({ code: '330903', what: 'ptzx.putuo.gov.cn (curated committee site)', rank: 2 });
    // (…and a site whose name spells no place at all: sd-57's mencius.gov.cn, 邹城市政协's, the home of 孟子.)
    const mencius = homeEvidence({ body: '近日，市政协召开界别工作座谈会。', url: 'http://mencius.gov.cn/index.php/cms/item-view-id-22578.shtml' });
    expect(homeForMark('市', mencius)?.code).toBe('370883');
    // (…as are sites whose letters spell a prefecture and a county-level city of one province: gx-710's 贺州, not 横州.)
    const hezhou = homeEvidence({ body: '1月5日,市政协召开了集体提案工作座谈会。', url: 'http://www.gxhzzx.gov.cn/Item/15809.aspx' });
    expect(homeForMark('市', hezhou)?.code).toBe('451100');
    // (…and a county's portal holding its committee's pages: ln-640's 本溪县, not 本溪市.)
    expect(homeForMark('县', homeEvidence({ body: '县政协开展提案办理复核工作。', url: 'http://bx.gov.cn/xzxe/zxyw/content_632395' }))?.code).toBe('210521');
  });

  it('two letters that two prefectures of the page\'s province share are settled by a county the text names, even one visited (zj-96)', () => {
    // (An address of the same letters: 杭州's own, hzzx.gov.cn, is curated since.)
    const url = 'https://hzzx.org.cn/zxyw/content/2022-11/09/content_8395600.htm';
    const text = '11月8日上午,市政协党组副书记、副主席许明赴拱墅区同心少数民族政协委员会客厅走访调研。要把会客厅打造成为浙江少数民族委员履职的平台。';
    expect(homeEvidence({ body: text, url })).toContainEqual({ code: '330100', what: 'hz (site address initials)', rank: 6 });
    expect(homeEvidence({ body: text.replace('拱墅区', ''), url }).map((e) => e.code)).not.toContain('330100');
  });

  it('homophones of one kind are settled by the one the text names, short or in full (qinglong: 青龙, not 晴隆; he-52)', () => {
    const url = 'http://www.chinaqinglong.gov.cn/single/107/55417.html';
    const text = '7月15日，县政协主席马立峰带领部分政协委员对重点项目建设情况进行视察。委员们来到青龙建昊土门子光伏发电项目现场。';
    expect(homeEvidence({ body: text, url })).toContainEqual({ code: '130321', what: 'chinaqinglong (site address)', rank: 2 });
    expect(homeEvidence({ body: text.replace('青龙建昊', '建昊'), url })).toEqual([]);
  });

  it('homophones of different kinds (wuxi: 无锡市, 巫溪县) are each a reading for a bare committee of its kind (js-98)', () => {
    const url = 'https://zx.wuxi.gov.cn/doc/2022/07/27/3719461.shtml';
    const city = '7月26日，市政协召开委员读书活动座谈会。';
    expect(attributeRegion({ heading: [], body: city, article: { body: city, url } })).toMatchObject({ region: { code: '320200' } });
    const county = '7月26日，县政协召开委员读书活动座谈会。';
    expect(attributeRegion({ heading: [], body: county, article: { body: county, url } })).toMatchObject({ region: { code: '500238' } });
    const district = '7月26日，区政协召开委员读书活动座谈会。';
    expect(attributeRegion({ heading: [], body: district, article: { body: district, url } }).region.code).toBeNull();
  });

  it('a paper\'s two initials in its e-paper folder are read where the page\'s province leaves one prefecture with them (zjrb: 镇江; ZZZO js-34)', () => {
    const url = 'http://szb.jsw.com.cn/ZJRB/PC/content/201912/31/content_59540.html';
    const body = '市政协副主席张红娣代表市各民主党派向社会各界致以新年祝福。各级劳动模范、“中国好人”“江苏好人”等社会各界人士代表应邀参加茶话会。';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '321100', what: 'zjrb (paper initials)', rank: 6 });
    // (With no province named, zj is 镇江 or 湛江: nothing.)
    expect(homeEvidence({ body: body.replace('“江苏好人”', ''), url }).map((e) => e.code)).not.toContain('321100');
  });

  it('a news site named after a place whose paper\'s initials in the address are that place\'s is at home there (heze.cn/hzrb: 菏泽; sd-620)', () => {
    const body = '本报讯 (记者 王浩)4月24日,市政协党组理论学习中心组进行集中学习研讨。市政协党组书记、主席王卫东主持会议。';
    expect(homeEvidence({ body, url: 'http://heze.cn/hzrb/pc/c/content_89317.html' })).toContainEqual({ code: '371700', what: "heze (site name) and its paper's initials", rank: 6 });
    // (The site's name alone is a brand as often as a place.)
    expect(homeEvidence({ body, url: 'http://heze.cn/news/pc/c/content_89317.html' }).map((e) => e.code)).not.toContain('371700');
  });

  it('a paper\'s two initials with no province named are read by a town the text names in one of their prefectures (lyrb and 白马寺镇: 洛阳; ha-46)', () => {
    const url = 'http://lyrb.lyd.com.cn/html/2010-06/23/content_644002.htm';
    const body = '市政协昨日召开提案督办工作会议。10件重点提案是：释印乐委员《关于白马寺镇周边污水无法正常排放亟待解决的建议》。市政协副主席任海航出席会议。';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '410300', what: 'lyrb (paper initials) and a town in it the text names', rank: 6 });
    // (Without the town, ly is 洛阳, 临沂, 龙岩 …: nothing.)
    expect(homeEvidence({ body: body.replace('白马寺镇', '镇'), url }).map((e) => e.code)).not.toContain('410300');
  });

  it('a province\'s committee paper (cqzxb: 重庆政协报) places a bare 市政协 on a page that names no place; 人民政协报 (rmzxb) none (ZZZZZZD cq-58)', () => {
    const body = '11月22日，市政协副主席宋爱荣率市政协委员年终视察团第一分团走进徐悲鸿中学和新村致远实验小学开展视察。';
    expect(homeEvidence({ body, url: 'http://cqzxb.itlic.com/content/2018-11/27/006286.html' })).toContainEqual({ code: '500000', what: 'cqzxb (a province\'s committee paper)', rank: 6 });
    // (In a query's tail too: `newsid=4439752_ynzxb`, 云南政协报.)
    expect(homeEvidence({ body, url: 'https://h5.newaircloud.com/epaper_detail?newsid=4439752_ynzxb' }).map((e) => e.code)).toContain('530000');
    expect(homeEvidence({ body, url: 'http://dzb.rmzxb.com.cn/rmzxbPaper/pc/con/202410/31/content_69353.html' })).toEqual([]);
  });

  it('the one of its kind is a reading though two of another kind are namesakes (xiangshan: 象山县; 相山区, 象山区; ZZZG zj-17)', () => {
    const url = 'http://www.xiangshan.gov.cn/art/2025/1/20/art_1229045037_59185789.html';
    const county = '1月19日下午，参加县政协十一届四次会议的政协委员们陆续来到报到处向大会报到。';
    expect(attributeRegion({ heading: [], body: county, article: { body: county, url } })).toMatchObject({ region: { code: '330225' } });
    const district = county.replace('县政协', '区政协');
    expect(attributeRegion({ heading: [], body: district, article: { body: district, url } }).region.code).toBeNull();
  });

  it('so are a platform subdomain’s city and its namesake county (wulumuqi: 乌鲁木齐市, 乌鲁木齐县; xj-58)', () => {
    const url = 'https://wulumuqi.baogaosu.com/xinwen/x/34556063';
    const city = '6月23日，市政协十二届五次会议上，各界别委员纷纷表示，将认真履行职能。';
    expect(attributeRegion({ heading: [], body: city, article: { body: city, url } })).toMatchObject({ region: { code: '650100' } });
    const county = '6月23日，县政协召开常委会议。';
    expect(attributeRegion({ heading: [], body: county, article: { body: county, url } })).toMatchObject({ region: { code: '650121' } });
  });

  it('initials are settled by a town the text names that only one of their places has (qjx: 全椒县 and 大墅镇; ah-59)', () => {
    // (A county government's host of the same initials: 全椒县政协's own, qjxzx.gov.cn, is now curated.)
    const url = 'https://qjxzf.gov.cn/dsx/2558.html';
    const body = '11月23日上午，县政协副主席袁长青一行到大墅镇开展党的二十大精神宣讲暨界别委员民情民智座谈会。';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '341124', what: 'qjxzf (site address initials)', rank: 6 });
    expect(homeEvidence({ body: body.replace('大墅镇', '镇里'), url })).toEqual([]);
    // …and the curated site is its committee's whatever the text names (ah-750).
    expect(homeEvidence({ body: body.replace('大墅镇', '镇里'), url: 'https://qjxzx.gov.cn/zxyw/2632.html' })).toEqual([
      { code: '341124', what: 'qjxzx.gov.cn (curated committee site)', rank: 2 },
    ]);
  });

  it('reads national members resident in a province by its abbreviation (在沪全国政协委员: 上海; sh-53)', () => {
    const body = '由在沪全国政协委员召集人、市政协主席冯国勤率领的在沪全国政协委员赴疆学习考察。';
    expect(homeEvidence({ body })).toContainEqual({ code: '310000', what: '在沪全国政协委员 (the text)', rank: 4 });
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '310000' } });
  });

  it('reads a committee the byline\'s writer signs for over the publisher that reposts it (作者：安宁市政协经农委, 来源：昆明市政协; yn-595)', () => {
    const body = '市政协于4月25日在县街街道雁塔村召开以“完善村庄治理，规范停车”为主题的院坝协商会议。会议由市政协经农委主任马丽平同志主持。';
    const article = { body, reporter: '安宁市政协经农委 马丽平', publisher: '昆明市政协' };
    expect(homeEvidence(article)).toContainEqual({ code: '530181', what: '安宁市政协 (byline)', rank: 1 });
    expect(attributeRegion({ heading: [], body, article, single: true })).toMatchObject({ region: { code: '530181' } });
    // (A reporter's name alone names no committee: the publisher's stays.)
    expect(attributeRegion({ heading: [], body, article: { ...article, reporter: '马丽平' }, single: true })).toMatchObject({ region: { code: '530100' } });
  });

  it('reads initials of a city and its namesake counties as the city for a bare 市政协 (jxja: 吉安市; jx-59)', () => {
    const body = '市政协党组、机关党组理论学习中心组开展集体学习。';
    expect(homeEvidence({ body, url: 'http://www.jxjazx.gov.cn/columndetail.aspx?id=8530' })).toContainEqual({
      code: '360800',
      what: 'jxjazx (site address initials, read as 吉安市)',
      rank: 6,
      reading: true,
    });
  });

  it('reads the site’s name at the head of a breadcrumb (您的位置：武隆网 >; cq-53)', () => {
    expect(homeEvidence({ body: '2月23日，区政协主席王频主持召开主席会。', furniture: ['您的位置：武隆网 > 时政新闻 > 正文   |   2023-02-28   阅读量：'] })).toContainEqual({
      code: '500156',
      what: '武隆网 (breadcrumb)',
      rank: 2,
    });
    // (…with what the site is about after its place: ZZZZZZZZZZZZZZZZZZZZZZZZZA js-515.)
    const body = '4月28日，县政协召开2023年重点提案办理工作会议。';
    expect(homeEvidence({ body, furniture: ['您现在的位置: 建湖文史网 > 政协工作 > 政协新闻 > 正文'] })).toContainEqual({ code: '320925', what: '建湖文史网 (breadcrumb)', rank: 2 });
    // (…in title marks: fj-856.)
    expect(homeEvidence({ body, furniture: ['当前位置：《平和网》>'] })).toContainEqual({ code: '350628', what: '平和网 (breadcrumb)', rank: 2 });
    // (A brand that is no place stays none: `黄河新闻网`.)
    expect(homeEvidence({ body, furniture: ['黄河新闻网 > 新闻 > 正文'] })).toEqual([]);
  });

  it('reads a place\'s channel among crumbs parted by slashes where the line says it is the page\'s place (当前位置：网站首页 / 太湖要闻; ZZZZZZZZZZZZZZZP ah-270)', () => {
    const body = '12月28日下午，出席县政协十一届一次会议的200余名委员先后来到高铁南站参观视察。';
    expect(homeEvidence({ body, furniture: ['当前位置:网站首页 / 太湖要闻'] })).toContainEqual({ code: '340825', what: '太湖要闻 (breadcrumb)', rank: 2 });
    // (Slashes in any other line are no crumbs.)
    expect(homeEvidence({ body, furniture: ['政务 / 太湖要闻'] })).toEqual([]);
  });

  it('initials are settled by a place the text names, inside an organisation’s name too (lcs: 聊城 and 聊城大学; sd-54)', () => {
    const body = '6月8日，市政协党组成员、秘书长韩德振一行赴聊城大学对接反映社情民意信息工作。';
    expect(homeEvidence({ body, url: 'https://www.lcszx.gov.cn/32900.html' })).toContainEqual({ code: '371500', what: 'lcszx (site address initials)', rank: 6 });
  });

  it('two letters are a prefecture’s initials where the page’s provinces leave one (zszx: 中山; gd-59)', () => {
    const body = '6月18-24日，市政协副主席李武彪率领提案委一行赴西部地区考察，走访了哈密（广东对口援疆地区）。';
    expect(homeEvidence({ body, url: 'https://zszx.zsnews.cn/Article/view/cateid/515/id/67895.html' })).toContainEqual({ code: '442000', what: 'zs (site address initials)', rank: 6 });
    expect(homeEvidence({ body: body.replace('（广东对口援疆地区）', ''), url: 'https://zszx.zsnews.cn/Article/view/cateid/515/id/67895.html' }).filter((e) => e.what.includes('initials'))).toEqual([]);
  });

  it('the page naming its province settles the namesake', () => {
    const ev = homeEvidence({ body, url: putuo, publisher: '浙江新闻' });
    expect(ev).toContainEqual({ code: '330903', what: 'putuo (site address)', rank: 2 });
  });
});

describe('attributeRegion: a bare committee placed by what the page says', () => {
  it('河北区: with no committee counted, the bare 区政协 named in passing says the page\'s level (ZZZZZR tj-91)', () => {
    const r = attributeRegion({
      heading: ['关于政协委员履职管理系统管理办法'],
      body: '政协委员履职档案电子信息管理作为区政协自身建设的一项基础性工作，需要有关部门切实加强密切配合。',
      article: { subtitle: '天津市河北区', furniture: ['首页 - 政协河北区委员会 - 制度文件'] },
    });
    expect(r).toMatchObject({ region: { code: '120105' }, attribution: { basis: 'page-home' } });
  });

  it('太湖: with no committee named, the members a letter hails as a level\'s whole body say the page\'s level (ah-948)', () => {
    const body =
      '全县各级政协委员：\n殡葬改革是一项移风易俗的社会改革。为此，我们向全县各级政协委员倡议：\n' +
      '一、贯彻落实相关法规。要坚决贯彻落实国务院《殡葬管理条例》和《安徽省殡葬管理办法》，创建文明卫生新太湖。';
    const r = attributeRegion({ heading: ['殡葬改革倡议书'], body, article: { body } });
    expect(r).toMatchObject({ level: 'county', region: { code: '340825' } });
  });

  it('望江: with no committee named, a byline that signs as a level\'s member says the page\'s level (ah-952)', () => {
    const body = '乡贤是因出众的德行、才能、声望而被望江民众所尊崇的贤人，如今的他们更是富裕和美现代化望江建设的重要资源。';
    const article = { body, author: '县政协委员 徐叔华', url: 'https://www.wjxzx.gov.cn/sys-nd/2716.html' };
    expect(attributeRegion({ heading: ['委员大会发言：开展乡贤和孝文化研究  助力现代化美好望江建设'], body, article })).toMatchObject({ level: 'county', region: { code: '340827' } });
  });

  it('宁夏: with no committee named, the members it names by a level\'s post say the page\'s level (nx-650)', () => {
    const body =
      '“近年来，我区高度重视冷凉蔬菜产业发展。”今年，自治区政协委员刘媛提交《关于推动我区冷凉蔬菜产业高质量发展的提案》，' +
      '呼吁按照“稳面积、提品质”的思路，擦亮宁夏菜心、盐池黄花菜等特色品牌。';
    expect(attributeRegion({ heading: ['自治区政协委员刘媛呼吁：全产业链布局发展冷凉蔬菜'], body, article: { body } })).toMatchObject({ level: 'province', region: { code: '640000' } });
  });

  it('安源: a town\'s unit that several counties\' towns share, on a page at home in the city that holds one of them (jx-945)', () => {
    const body = '近期，青山镇政协工作联络组对辖区内重点行业和单位夏季安全生产进行督查。该镇政协联络组一行深入企业检查。';
    expect(attributeRegion({ heading: [], body, article: { body, publisher: '萍乡日报' } })).toMatchObject({ region: { code: '360302' } });
    // (…and none where the page's place holds none of them.)
    expect(attributeRegion({ heading: [], body, article: { body, publisher: '赣州日报' } }).region.code).not.toBe('360302');
  });

  it('never places a committee in Hong Kong, Macao or Taiwan, which have none, from a place the text names (hl-83)', () => {
    const body = '为配合香港回归，文史和学习委从1997年初开始，组织有关人员，编纂了一辑《香港特别行政区基本法及香港情况ABC》。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code ?? '').not.toMatch(/^81/);
    // (…where a mainland place named so still places it.)
    expect(attributeRegion({ heading: [], body: body.replace('香港特别行政区基本法及香港情况', '黑龙江省情'), article: {} }).region.code).toBe('230000');
  });

  it('江阴: 市政协 on the committee\'s own site, the text naming no place', () => {
    const r = attributeRegion({
      heading: ['经验分享|市政协第八民主监督员小组组长李克雨：精准监督、务实履职、闭环推进'],
      body: '2025年，市政协第八民主监督员小组负责对商务局、交通运输局进行民主监督。',
      article: { url: 'https://zx.jiangyin.gov.cn/doc/2026/03/12/1385098.shtml' },
    });
    expect(r).toMatchObject({ level: 'county', region: { code: '320281' }, attribution: { kind: 'inferred', basis: 'page-home' } });
    expect(r.attribution.note).toContain('jiangyin (site address)');
  });

  it('当涂: the writer\'s own place to be revived (振兴当涂) places a gazetteer\'s bare 县政协 (ah-24)', () => {
    const body = '历届县政协都十分重视在政治协商、民主监督、参政议政等方面积极开展调查、视察活动,为建设四化、振兴当涂做了大量工作。\n1980年秋,县政协首次组织部分委员参观考察农业机械化生产。';
    expect(attributeRegion({ heading: ['第三节 主要活动'], body, article: { body } })).toMatchObject({ region: { code: '340521' } });
  });

  it('肥城: a local campaign named after the place (平安肥城建设) places a chronicle\'s bare 市政协 (sd-92)', () => {
    const body =
      '2008~2011年,市政协围绕全市经济社会发展大局,组织相关界别的政协委员开展调研视察活动37次。\n' +
      '2008年2月,组织政协委员视察平安肥城建设工作,就健全社会管理网络提出意见和建议。';
    expect(attributeRegion({ heading: ['主要工作'], body, article: { body } })).toMatchObject({ region: { code: '370983' } });
    const plain = body.replace('平安肥城', '平安');
    expect(attributeRegion({ heading: ['主要工作'], body: plain, article: { body: plain } }).region.code).toBeNull();
  });

  it('呼和浩特: a campaign named after a place of four characters (健康呼和浩特建设) places a bare 市政协 (nm-634)', () => {
    const body = '7月23日,市政协教科卫体委员会召开“推动家庭医生签约服务落地落实”对口协商会议。\n会议认为,推进家庭医生签约服务是推进健康呼和浩特建设的重要内容。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '150100' } });
  });

  it('白沙: a place in a clause whose meeting is held somewhere (在…召开…调研座谈会) is no place visited (hi-639)', () => {
    const body = '5月29日上午,县政协在白沙茶厂召开推动白沙茶产业转型升级专题调研座谈会,牙叉镇、打安镇、元门乡、细水乡等有关乡镇参加会议。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '469025' } });
  });

  it('房县: a copyright line of the site\'s name alone (© 2017 今日房县) places a bare 县政协 (hb-640)', () => {
    const body = '5月19日,县政协组织召开2020年提案办理“回头看”和“协商在一线”有事好商量社区民意恳谈会。';
    expect(attributeRegion({ heading: [], body, article: { body, furniture: ['© 2017 今日房县'] } })).toMatchObject({ region: { code: '420325' } });
    // (A site whose name holds no place in full says nothing.)
    expect(attributeRegion({ heading: [], body, article: { body, furniture: ['© 2017 今日头条'] } }).region.code).toBeNull();
  });

  it('达州: a paper\'s initials before 日报社 in its host (dzrbs) settle the place the text names (sc-642)', () => {
    expect([...paperInitials('http://www.dzrbs.com/html/2022-02/24/content_1209308.html')]).toEqual(['dz']);
    expect([...paperInitials('http://www.dzrbx.com/html/1.html')]).toEqual([]);
  });

  it('莆田: a campaign named after the place after its verb (建设美丽莆田) places a bare 市政协 (fj-644)', () => {
    const body =
      '本报讯 14日下午,参加市政协七届二次会议的部分委员和海外乡亲代表人士赴涵江兴致勃勃地参观了我市重点项目华佳彩高新技术面板项目、云度新能源汽车、百威英博雪津啤酒有限公司等。市政协副主席蒋志雄、王少华、赵爱红等一同参观。\n通过实地观看,大家切身感受到了莆田经济社会发展取得的成果,为美丽莆田的建设景象感到骄傲和自豪,更增强对家乡未来发展的信心。大家纷纷表示,要用自己的实际行动,为打造宜居港城、建设美丽莆田,创建美丽中国的示范区汇聚磅礴力量。 (时报记者 吴芹芹)';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '350300' } });
    // (Without the campaign, and without the place's other scopes, `莆田经济社会发展`, `美丽莆田的建设`, nothing places it.)
    const plain = body.replace('建设美丽莆田', '建设美丽家园').replace('莆田经济社会发展', '家乡经济社会发展').replace('美丽莆田的建设', '美丽家园的建设');
    expect(attributeRegion({ heading: [], body: plain, article: { body: plain } }).region.code).toBeNull();
  });

  it('乾县: 响应县政协倡议 is 响应 ("answer the call of") and the county committee, not 朔州\'s 应县 (sn-633)', () => {
    const body = '新冠肺炎疫情发生以来,乾县广大政协委员认真按照县委、县政府统一部署,响应县政协倡议,踊跃捐款捐物。';
    expect(attributeRegion({ heading: ['委员战疫在行动——乾县政协委员爱心战疫进行时'], body, article: { body } })).toMatchObject({ region: { code: '610424' } });
  });

  it('民权: the committee\'s local-history series named after its place (《民权文史资料》) places a bare 县政协 (ZZZZZZZZZZZZZZZZZK ha-317)', () => {
    const body =
      '1987年,一位朋友将县政协编印的《民权文史资料》第一辑送给我。第一次看到县政协的文史资料,我便产生了浓厚的兴趣。\n' +
      '三十年来,我一直为县政协文史资料撰稿。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '411421' } });
    const plain = body.replace('《民权文史资料》', '《文史资料》');
    expect(attributeRegion({ heading: [], body: plain, article: { body: plain }, single: true }).region.code).toBeNull();
  });

  it('大同: a short name of places of different kinds named again and again (大同市, 大庆\'s 大同区) places a bare 市政协 by its kind (ZZZZZZZZZZZZZZZZZZD sx-336)', () => {
    const body =
      '2月23日，市政协主席郜向华来到古城内的魏碑研究院开展“新春走基层、开年大调研”活动。\n' +
      '郜向华强调，北魏王朝迁都大同，为大同留下了云冈石窟等丰富的文物文化遗存，是大同历史上最辉煌时期的文化遗迹，也是保护大同古城历史文化价值的重中之重。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '140200' } });
    // Named once, it stays a word that happens to be a place's name.
    const once = body.replace('为大同留下了', '留下了').replace('是大同历史上', '是历史上').replace('保护大同古城', '保护古城');
    expect(attributeRegion({ heading: [], body: once, article: { body: once }, single: true }).region.code).toBeNull();
  });

  const bishan =
    '11月15日，区政协召开十届四十二次主席会议，区政协主席向邦俊主持会议。\n会上，与会同志围绕市委书记陈敏尔调研璧山讲话精神作了交流发言。\n' +
    '随后，会议对《关于重庆比亚迪锂电池项目推进情况的视察报告》进行了协商。';

  it('璧山: a county\'s short name named once counts when the page names its province (重庆)', () => {
    const r = attributeRegion({ heading: [], body: bishan, article: { body: bishan } });
    expect(r).toMatchObject({ level: 'county', region: { code: '500120' } });
  });

  it('without the province the short name named once is not enough', () => {
    const r = attributeRegion({ heading: [], body: bishan.replace('重庆', ''), article: { body: bishan.replace('重庆', '') } });
    expect(r.region.code).toBeNull();
  });

  const gaotian =
    '近日，县政协在高田镇开展“赣事好商量·实诚协商”议事活动。\n县政协委员与县职能部门代表、高田镇政协委员工作站成员来到岩岭村进行现场调研。';

  it('石城: a town two provinces have, in the province its one-character abbreviation names (赣)', () => {
    const r = attributeRegion({ heading: [], body: gaotian, article: { body: gaotian } });
    expect(r).toMatchObject({ level: 'county', region: { code: '360735' } });
  });

  it('the same town with no word of its province places nothing', () => {
    const r = attributeRegion({ heading: [], body: gaotian.replace('赣事好商量·', ''), article: { body: gaotian.replace('赣事好商量·', '') } });
    expect(r.region.code).toBeNull();
  });

  it('桐乡: the town the committee went to is its own (赴濮院镇), a common noun that ends in 镇 is not', () => {
    const title = '市政协组织在桐嘉兴市政协委员开展视察活动';
    const body =
      '昨天上午，市政协组织部分在桐的嘉兴市政协委员赴濮院镇开展视察活动，通过实地走访视察、详细了解濮院古镇有机更新项目、濮院镇政协委员联络站建设等情况。';
    const r = attributeRegion({ heading: [title], body, article: { body, title } });
    expect(r).toMatchObject({ region: { code: '330483' }, attribution: { span: '濮院镇 (the text)' } });
    const nx = '自治区政协主席齐同生主持会议，听取关于推进我区中南部地区小城镇产业发展的调研情况。';
    expect(attributeRegion({ heading: [], body: nx, article: { body: nx } }).region.code).toBeNull();
  });

  it('聊城: the places a bare 市政协 inspects are in its own city; a study trip\'s are not', () => {
    const body =
      '12月17日，市政协主席张旋宇带领部分市政协委员，赴临清市、度假区、东昌府区视察经济社会发展情况。\n张旋宇一行先后视察了临清市烟店镇轴承产业园区等项目。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'city', region: { code: '371500' } });
    const trip = '5月17日，市政协主席带队赴临清市、东昌府区考察学习。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip } }).region.code).toBeNull();
  });

  it('常州: the districts of one city a bare 市政协 tours (参观) are its own; a tour with a study word is a trip (js-39)', () => {
    const body =
      '7月4日,市政协开展“生活垃圾分类处理”重点提案督办调研,副主席吴新法带领提案者、提案委有关委员等参加。\n' +
      '调研组一行现场参观了天宁区垃圾分类宣教中心、钟楼区大件垃圾分拣中心、武进区西湖街道“四站合一”垃圾站。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'city', region: { code: '320400' } });
    const trip = '7月4日,市政协考察组参观学习了天宁区垃圾分类宣教中心、钟楼区大件垃圾分拣中心。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip } }).region.code).toBeNull();
  });

  it('德阳: the counties a study trip goes on to inside the prefectures it set out for are not home (sc-137)', () => {
    const body =
      '根据市政协2019年工作安排，7月15日-20日，市政协主席张万平率队赴甘孜州和阿坝州考察调研民族宗教工作。\n' +
      '张万平一行先后深入康定市、道孚县、甘孜县、色达县、壤塘县、金川县，实地考察了塔公寺、安觉寺、惠远寺等，并进行调研座谈。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBeNull();
    // A place the committee came to feel its own work in (`感受到宁德在…`) is no trip's goal: home.
    const felt =
      '9月2日，市政协组织部分委员参加“民生开放日”活动，亲身体验我市民生事业发展的新进展。\n' +
      '调研组先后实地考察了闽东畲族文献资料中心、北师大宁德实验学校、蕉城区洋中镇古村落，以及霞浦县三沙镇文旅经济带动就业情况。\n' +
      '大家一致认为，通过实地调研，深刻感受到宁德在文化传承、教育提质、乡村振兴等方面的创新实践。';
    expect(attributeRegion({ heading: [], body: felt, article: { body: felt } }).region.code).toBe('350900');
  });

  it('天水: the venue of a meeting (在…召开) is home, a place 在 which a trip goes (在…考察) is not', () => {
    const body = '9月14日，市政协召开五届二十五次主席会议。会议在天水迎宾馆召开，研究推进关中—天水经济区建设的建议。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'city', region: { code: '620500' } });
    const trip = '9月14日，市政协主席带队在天水迎宾馆考察学习，了解关中—天水经济区建设情况。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip } }).region.code).toBeNull();
  });

  it('阳城: a short name named once counts when the site\'s host abbreviates it (yczf.gov.cn)', () => {
    const body = '连日来，县政协组织部分政协委员对重点提案办理情况进行督办。\n政协委员要多建务实之言，关注阳城文旅融合。';
    const url = 'http://www.yczf.gov.cn/xwdt/ycxw/202312/t20231205_1896669.shtml';
    expect(attributeRegion({ heading: [], body, article: { body, url } })).toMatchObject({ level: 'county', region: { code: '140522' } });
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://www.abzf.gov.cn/x.html' } }).region.code).toBeNull();
  });

  it('洛阳, 宜昌, 哈尔滨: a news site named in its reporter\'s credit, and a slogan for the writer\'s own place (ha-80, hb-80, hl-21)', () => {
    const credit = '8月14日,市政协组织部分政协委员走进市卫健委,开展“提案办理协商进委局”活动。(洛报融媒·洛阳网记者 孙小蕊)';
    expect(attributeRegion({ heading: [], body: credit, article: { body: credit } })).toMatchObject({ region: { code: '410300' } });
    const slogan = '市政协围绕“长江生态环境保护”召开专项民主监督协商座谈会。会议要求,要聚焦痛点堵点深入调研、专题协商,助力美丽宜昌建设。';
    expect(attributeRegion({ heading: [], body: slogan, article: { body: slogan } })).toMatchObject({ region: { code: '420500' } });
    const plain = slogan.replace('助力美丽宜昌建设', '为宜昌建设出力');
    expect(attributeRegion({ heading: [], body: plain, article: { body: plain } }).region.code).toBeNull();
    // hl-21: what the committee helps along (助力哈尔滨乡村经济发展) is its own place too.
    const helps = '市政协常委会议题调研组将综合座谈意见进一步修改完善调研报告，助力哈尔滨乡村经济发展实现新突破。';
    expect(attributeRegion({ heading: [], body: helps, article: { body: helps } })).toMatchObject({ region: { code: '230100' } });
    // …but not a place it helps as another's partner (东西部协作).
    const partner = '市政协召开东西部协作座谈会，动员委员企业家助力毕节乡村振兴。';
    expect(attributeRegion({ heading: [], body: partner, article: { body: partner } }).region.code).toBeNull();
  });

  it('上海: three or more counties\' short names that one municipality holds place a bare 市政协 there (sh-23)', () => {
    const body = '市政协相关专委会组建五个专项民主监督小组，将分别对松江、金山、杨浦、宝山、崇明、奉贤等地区中小河道整治开展专项监督。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '310000' } });
    const two = body.replace('松江、金山、杨浦、宝山、崇明、奉贤', '松江、金山');
    expect(attributeRegion({ heading: [], body: two, article: { body: two } }).region.code).toBeNull();
    // Not short names scattered as words over the page (城中村, 金山银山).
    for (const words of ['县政协组织委员围绕城中村改造、城东新区建设和城西片区开发开展专题视察。', '市政协召开主席会议。会议强调，要践行金山银山理念，在长宁静安的环境中推进普陀山文旅合作。'])
      expect(attributeRegion({ heading: [], body: words, article: { body: words } }).region.code, words).toBeNull();
  });

  it('桐城, 石门: a place whose meetings\' spirit is relayed yields to what the page says of its own place, and stands when it is all there is (ah-71, hn-62)', () => {
    const body = '1月25日下午，市政协十四届一次主席（扩大）会议召开。会议传达了省、安庆市“两会”精神。\n会议要求，围绕事关桐城高质量发展的重大事项开展协商。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '340881' } });
    const own = '3月3日，县政协机关召开座谈会，传达学习石门县第十八届人民代表大会第二次会议精神。';
    expect(attributeRegion({ heading: [], body: own, article: { body: own } })).toMatchObject({ region: { code: '430726' } });
    // The relayed mention says nothing; the page's other mentions of the same place still count.
    const both = '县政协召开党组会议，传达学习中共石门县第十四次代表大会精神。会议要求，委员们要为石门县发展建言。会议还通报了桃源县的经验做法。';
    expect(attributeRegion({ heading: [], body: both, article: { body: both } })).toMatchObject({ region: { code: '430726' } });
  });

  it('巢湖: a city whose decisions are carried out (贯彻落实省、合肥市重大决策部署) is above the writer\'s, and the site\'s initials settle it (ah-652)', () => {
    const body = '市政协九届二次会议拟于12月下旬举行。即日起开始征集提案。有关这次会议提案工作总的要求是：认真贯彻落实省、合肥市重大决策部署，围绕市委、市政府中心工作，为“安徽争五强”积极建言献策。';
    const url = 'http://www.chszx.gov.cn/News_Show.php?id=1277';
    expect(attributeRegion({ heading: [], body, article: { body, url } })).toMatchObject({ region: { code: '340181' } });
  });

  it('江苏: a leader\'s words on the writer\'s own work, relayed (学习贯彻…对江苏工作重要讲话…精神), name home (js-16)', () => {
    const body =
      '近日，省政协副主席周岚带队赴广东开展专题学习考察。\n考察组表示，要深入学习贯彻习近平总书记对江苏工作重要讲话重要指示精神，扎实推动我省兴业、强县、富民一体发展。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('320000');
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('440000');
  });

  it('上虞: a crumb that is a place\'s news channel (主页 > 绍兴资讯 >) files the page under it, which settles a bare 区政协 (XN)', () => {
    expect(homeEvidence({ body: '区政协召开部分政协委员座谈会。', furniture: ['当前位置主页 > 绍兴资讯 >'] })).toEqual([{ code: '330600', what: '绍兴资讯 (breadcrumb)', rank: 2 }]);
  });

  it('莆田: a breadcrumb\'s crumb that is a place\'s channel (东南网 > 莆田政务) files the page there (fj-12)', () => {
    const body = '11月10日下午,市政协举行六届三十二次主席会议。会议听取了关于政和县木材产业发展的汇报。';
    expect(attributeRegion({ heading: [], body, article: { body, furniture: ['您所在的位置:东南网 > 莆田政务 > 正文 |'] } })).toMatchObject({ region: { code: '350300' } });
    expect(attributeRegion({ heading: [], body, article: { body, furniture: ['您所在的位置:东南网 > 政协要闻 > 正文 |'] } }).region.code).not.toBe('350300');
  });

  it('a town\'s unit that many counties have is the page\'s own county\'s, one of those that have the town (js-89, ah-46)', () => {
    // 玉山镇 is 昆山市's, named in the title beside `玉山政协`, whose name recalls 玉山县 (which has no 玉山镇).
    const evidence = [
      { code: '361123', what: '玉山政协 (title)', rank: 4 },
      { code: '320583', what: '昆山市 (title)', rank: 4 },
    ];
    const yushanTowns = findTownNames('玉山镇')[0].counties;
    expect(homeForMark('县', evidence)?.code).toBe('361123');
    expect(homeOfBare('县', yushanTowns, evidence)?.code).toBe('320583');
    expect(homeOfBare('县', undefined, evidence)?.code).toBe('361123');
    // …and where the page names only its own county, that one (三桥镇 is 怀宁县's, among three).
    const meeting = '7月10日,三桥镇政协召集人杨安平在农家庭院召开“板凳会”，共商村庄人居环境整治。';
    expect(attributeRegion({ heading: [], body: meeting, article: { body: meeting, furniture: ['怀宁县融媒体中心 编辑:陈首君'] } }).region.code).toBe('340822');
  });

  it('果洛: a bare 州政协 is a 州\'s, never the 市 a publisher\'s brand names (江源 is 白山市\'s 江源区; qh-76)', () => {
    const evidence = [
      { code: '220605', what: '江源 (publisher)', rank: 2 },
      { code: '632600', what: '果洛 (the text)', rank: 6 },
    ];
    expect(homeForMark('州', evidence)?.code).toBe('632600');
    expect(homeForMark('市', evidence)?.code).toBe('220600');
    // A bare 省政协 is never a municipality's nor an autonomous region's (ZZZZZZZZZZZZZZZZR hi-298:
    // `上海` in a 海南 story), and a bare 自治区政协 only an autonomous region's.
    const hainan = [
      { code: '310000', what: '上海 (the text)', rank: 6 },
      { code: '460000', what: '海南 (the text)', rank: 6 },
      { code: '640000', what: '宁夏 (the text)', rank: 6 },
    ];
    expect(homeForMark('省', hainan)?.code).toBe('460000');
    expect(homeForMark('自治区', hainan)?.code).toBe('640000');
    // …and a bare 市政协 is never a 州's, named or lifted from a county of it (`德阿工业园` on a 德阳 page; ZZZL sc-31).
    expect(homeForMark('市', [{ code: '513200', what: '阿坝 (the text)', rank: 6 }])).toBeNull();
    expect(homeForMark('市', [{ code: '513221', what: '汶川 (the text)', rank: 6 }])).toBeNull();
  });

  it('a bare 市政协 takes, of equally strong cities, the one more evidence names (咸宁 in text and address over 武汉; hb-50)', () => {
    const evidence = [
      { code: '420100', what: '武汉 (the text)', rank: 6 },
      { code: '421200', what: '咸宁 (the text)', rank: 6 },
      { code: '421200', what: 'xn (site address initials)', rank: 6 },
    ];
    expect(homeForMark('市', evidence)?.code).toBe('421200');
    // (A stronger piece still wins alone.)
    expect(homeForMark('市', [{ code: '420100', what: '武汉 (publisher)', rank: 2 }, ...evidence])?.code).toBe('420100');
  });

  it('a village that shares a county\'s short name (商都嘎查) names no county (nm-69)', () => {
    const body = '5月24日,内蒙古自治区旗政协组织委员开展学习。\n委员们认为,商都嘎查的调解经验值得推广,商都嘎查的做法很有特色。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('150923');
    expect(homeEvidence({ body: body.replace(/商都嘎查/g, '商都') }).map((e) => e.code)).toContain('150923');
  });

  it('streets listed before the towns\' word (江东、江北、龙桥等街道) name no county (cq-628)', () => {
    const body = '4月6日,区政协组织召开“渝事好商量”座谈会。\n座谈会上,首先由马鞍、敦仁、荔枝、江东、江北、龙桥等街道委员联络站负责人介绍了情况。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('500105');
    expect(homeEvidence({ body: body.replace('等街道委员联络站', '等地的委员') }).map((e) => e.code)).toContain('500105');
  });

  it('晋江: the place whose leaders attend by name is home, over the prefecture whose meeting it relays (fj-80)', () => {
    const body =
      '4日下午,十四届市政协常委会第十五次会议召开。\n会议传达学习贯彻福建省委政协工作会议、泉州市委政协工作会议精神,听取了年度提案办理情况通报。\n' +
      '晋江市领导许宏程、吴尊意、张淑语参加会议。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '350582' } });
    const without = body.replace('晋江市领导许宏程、吴尊意、张淑语参加会议。', '');
    expect(attributeRegion({ heading: [], body: without, article: { body: without } }).region.code).toBe('350500');
  });

  it('杭州: one place\'s leader attending by name is home, but not where two places\' leaders attend a visit (zj-1155)', () => {
    const body = '近日,市政协主席马卫光带队赴绍兴市学习考察,对接政协有关工作。绍兴市领导施惠芳、魏伟,杭州市领导毛溪浩参加。';
    expect(homeEvidence({ body }).filter((e) => e.rank === 2)).toEqual([]);
    const one = '近日,市政协召开主席会议。杭州市领导毛溪浩参加。';
    expect(homeEvidence({ body: one })).toContainEqual({ code: '330100', what: '杭州市领导 (the text)', rank: 2 });
  });

  it('临湘: a bare 市政协 whose chairman the text names under his committee\'s full name is that committee (ZZZZZZZZZZZD hn-154)', () => {
    const body =
      '◇5月29至30日，岳阳市政协组织召开专项民主监督学习培训班。临湘市政协主席彭海云、副主席马榕参加。\n' + '◇5月31日，市政协主席彭海云带队前往市第五完全小学，督导食品安全工作。';
    expect(homeEvidence({ body })).toContainEqual({ code: '430682', what: '市政协主席彭海云 (the same officer as 临湘市政协主席彭海云)', rank: 2 });
    // (Another officer, or a county's bare committee, is no such evidence.)
    expect(homeEvidence({ body: body.replace('市政协主席彭海云带队', '市政协主席李明华带队') }).map((e) => e.code)).not.toContain('430682');
    expect(homeEvidence({ body: body.replace('市政协主席彭海云带队', '县政协主席彭海云带队') }).map((e) => e.code)).not.toContain('430682');
  });

  it('蓟州: a district\'s short name before its own character (挖掘蓟州地域优势) is home (ZZZZZZV tj-57)', () => {
    const body = '7月23日下午,区政协主席秦川带队赴区农业农村委开展集体调研活动。秦川指出,要挖掘蓟州地域优势,紧盯京津冀消费市场。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'county', region: { code: '120119' } });
    // …and the chapter its writers vow to write (`谱写中国式现代化日照篇章`; ZZZZZZX sd-39).
    const chapter = '1月8日,市政协十一届常委会第十一次会议召开。会议号召,为谱写中国式现代化日照篇章贡献更多智慧和力量。';
    expect(attributeRegion({ heading: [], body: chapter, article: { body: chapter } })).toMatchObject({ level: 'city', region: { code: '371100' } });
    // …and its development, the ground its members' reports must fit (`既贴合庆元发展实际`; ZZZZZZZZZZU zj-145).
    const fit = '3月5日下午,参加县政协九届五次会议的委员审议讨论县政协常委会工作报告。委员们一致认为,报告内容聚焦县委中心工作,既贴合庆元发展实际,又富有创新性。';
    expect(attributeRegion({ heading: [], body: fit, article: { body: fit } })).toMatchObject({ level: 'county', region: { code: '331126' } });
    // …and under the epithet its plans give it, in quotation marks (`现代化“三优”池州`; ZZZZZZZZZZZE ah-155).
    const epithet = '5月15日下午,市政协主席张夏林主持召开市政协四届十五次主席会议。会议要求,努力为建设现代化“三优”池州贡献智慧和力量。';
    expect(attributeRegion({ heading: [], body: epithet, article: { body: epithet } })).toMatchObject({ level: 'city', region: { code: '341700' } });
  });

  it('a committee named in Chinese in the site\'s path (dyzx.gov.cn/什邡市政协/…) places a bare 市政协 there, written or percent-encoded (ZZZZZZZE sc-66)', () => {
    const body = '10月17日上午,“有事来协商—大家说·商量做”协商议事会开进禾丰镇镇江村,市政协副主席出席。';
    const url = 'http://www.dyzx.gov.cn/什邡市政协/contents/464/1834.html';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '510682', what: '什邡市政协 (site path)', rank: 6 });
    expect(homeEvidence({ body, url: encodeURI(url) }).map((e) => e.code)).toContain('510682');
    expect(attributeRegion({ heading: [], body, article: { body, url } })).toMatchObject({ region: { code: '510682' } });
  });

  it('a page named in its address by its headline, a committee its subject, places a bare 区政协 there, in either script (ZZZZZZZZZZZZZL ah-214)', () => {
    const body = '2月17日下午，按照区委统一部署，区政协党组召开2016年党员领导干部民主生活会。';
    const url = 'https://newton.com.tw/wiki/' + encodeURIComponent('瑤海區政協黨組2016年度專題民主生活會');
    expect(homeEvidence({ body, url }).map((e) => e.code)).toContain('340102');
    expect(attributeRegion({ heading: [], body, article: { body, url } })).toMatchObject({ region: { code: '340102' } });
    // (A headline that only mentions a committee later names no subject: `…走访市政协委员`.)
    expect(homeEvidence({ body, url: 'https://example.com/wiki/' + encodeURIComponent('区领导走访瑶海区政协委员') }).map((e) => e.code)).not.toContain('340102');
    // (…and a district many cities have, named after its city: ZZZZZZZZZZZZZZZZZZZZZZZZZI js-523's `南京市鼓樓區政協`.)
    const gulou = 'https://jendow.com.tw/wiki/' + encodeURIComponent('南京市鼓樓區政協');
    expect(homeEvidence({ body: '鼓楼区政协召开会议，选出新一届区政协领导成员。', url: gulou }).map((e) => e.code)).toContain('320106');
  });

  it('a zone run as one with a county, the county in brackets (高新区（滨江）), places a bare committee there (ZZZZZZY zj-63)', () => {
    const body = '2月3日上午,区政协三届五次会议举行小组召集人会议。会议强调,要聚焦高新区(滨江)今后五年发展目标任务和全区中心大局履职尽责。';
    expect(homeEvidence({ body })).toContainEqual({ code: '330108', what: '高新区(滨江) (a zone one with its county)', rank: 5 });
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'county', region: { code: '330108' } });
  });

  it('常山: a county\'s short name as the scope of the writer\'s own work (结合常山实际) is home (zj-00)', () => {
    const body =
      '6月5日下午,八届政协社会法制与民族宗教委员会召开委员会议,明确专委会工作职责和今年工作任务。\n' +
      '社会法制与民族宗教委员会联系部门多、涉及面广,工作要结合常山实际,紧跟时代脉博,大力倡导创新精神,全力为常山社会经济又快又好发展服务。';
    const title = '县政协社法委召开专题会议';
    expect(attributeRegion({ heading: [title], body, article: { body, title } })).toMatchObject({ level: 'county', region: { code: '330822' } });
    // A short name a province shares with a city is the province there (jl-45).
    const jilin = '今天,省政协召开党组(扩大)会议和主席会议。会议强调,要坚决贯彻习近平总书记关于吉林工作的重要指示精神。';
    expect(attributeRegion({ heading: [], body: jilin, article: { body: jilin } })).toMatchObject({ level: 'province', region: { code: '220000' } });
    // …and so is the place whose development the committee works for (fj-175: `为推动莆田发展再上新台阶`).
    const putian = '市政协六届五十四次主席会议召开。会议要求，进一步完善调研报告，为推动莆田发展再上新台阶献计出力。';
    expect(attributeRegion({ heading: [], body: putian, article: { body: putian } })).toMatchObject({ level: 'city', region: { code: '350300' } });
    // …its reform and development too (ZZZZZZZZZZZZZZZZZZZZM js-397: `为苏州改革发展作出新的更大贡献`).
    const suzhou = '市政协十五届十七次常委会议召开。会议强调，要为苏州改革发展作出新的更大贡献。';
    expect(attributeRegion({ heading: [], body: suzhou, article: { body: suzhou } })).toMatchObject({ level: 'city', region: { code: '320500' } });
    // Named once, not as the scope of the work, a county's short name may be a word: nothing.
    const once = '6月5日下午,县政协社会法制与民族宗教委员会召开委员会议,到常山胡柚基地调研。';
    expect(attributeRegion({ heading: [title], body: once, article: { body: once, title } }).region.code).toBeNull();
  });

  it('白山: a bare 市政协 is not the committee it meets (与通化市政协座谈), nor placed by a county it studies, nor by 范县 inside 典范县', () => {
    const title = '市政协经科委组织委员赴通化考察乡村振兴实施情况';
    const body =
      '8月23日，市政协副主席王学志带领市政协经科委与部分政协委员赴通化县考察乡村振兴实施情况。通化县是中国美丽乡村建设典范县。\n' +
      '考察组一行与通化市政协、通化县政协和当地新农办相关领导进行座谈，并先后深入到通化县赤柏松村、小南沟村。';
    const r = attributeRegion({ heading: [title], body, article: { body, title } });
    expect(r.region.code).toBeNull();
    // On its own site (bsszx.gov.cn: 白山市, 百色市 or 保山市), the 吉林 county it visits settles the initials.
    const url = 'http://www.bsszx.gov.cn/zxdt/zxyw/201808/t20180830_356831.html';
    expect(attributeRegion({ heading: [title], body, article: { body, title, url } })).toMatchObject({ level: 'city', region: { code: '220600' } });
    expect(homeEvidence({ body: '8月23日，市政协召开主席会议。', url })).toEqual([]);
  });

  it('莆田: a site\'s public-security registration (闽公网安备 3503…) names where it is run (fj-85)', () => {
    const body = '5月10日下午，市政协举行五届四十次主席会议，市政协主席杨鹏飞出席。';
    const furniture = ['闽公网安备 35030002001082号'];
    expect(homeEvidence({ body, furniture })).toEqual([{ code: '350300', what: '公网安备 35030002001082 (site registration)', rank: 5 }]);
    expect(attributeRegion({ heading: [], body, article: { body, furniture } })).toMatchObject({ level: 'city', region: { code: '350300' } });
  });

  it('银川: the districts a 下基层 trip goes to are the bare 市政协\'s own, however it looks at them (nx-85)', () => {
    const body =
      '6月21日至22日，市政协副主席张正标带领市提案委一行先后前往兴庆区、金凤区开展“下基层”调研活动。\n' +
      '调研组先后到兴庆区宝南社区和金凤区建发悠阅城、银川阅海湾中央商务区等进行了实地观摩。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'city', region: { code: '640100' } });
    // Without 下基层, 实地观摩 is a study trip's: the places say nothing of home.
    const trip = body.replace('“下基层”', '');
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip } }).region.code).toBeNull();
  });

  it('two letters of the site\'s address and a town the text names settle the county both share (cxzx.gov.cn and 龙山镇: 慈溪市; ZZZZZZZZZZZZZZZZZZZZZZZZZQ zj-531)', () => {
    const body = '4月11日下午市政协副主席何月祥带队赴龙山镇调研“五水共治”工作情况。';
    const url = 'https://cxzx.gov.cn/index.php/home/content?id=1193730';
    // (苍溪县 shares both, read only for a bare 县政协, as 慈溪市 only for a bare 市政协.)
    expect(homeEvidence({ body, url }).filter((e) => e.reading).map((e) => e.code).sort()).toEqual(['330282', '510824']);
    // (On a page in 浙江, the one county.)
    const zhejiang = homeEvidence({ body: `浙江省${body}`, url });
    expect(zhejiang.filter((e) => !e.reading).map((e) => e.code)).toContain('330282');
    expect(zhejiang.map((e) => e.code)).not.toContain('510824');
    // (Without the town, two letters say nothing of a county, on a host the curated list of committee
    // sites does not hold.)
    expect(homeEvidence({ body: body.replace('赴龙山镇', ''), url: 'https://cxzx.org.cn/index.php/home/content?id=1193730' }).map((e) => e.code)).not.toContain('330282');
  });

  it('a county\'s short name that opens a person\'s name right after a post (组长尼玛次仁) is no place (ZZZZZZZZZZZZZZZZZZZZZZZZZR xz-532)', () => {
    const body = '西藏自治区人大常委会副主任、驻色拉寺工作组组长尼玛次仁，区政协副主席刘庆慧出席。';
    expect(homeEvidence({ body }).map((e) => e.code)).toEqual(['540000']);
    // (Another's name there, the county's own leader after it is named as a place.)
    const county = body.replace('组长尼玛次仁', '组长扎西次仁，尼玛县委书记');
    expect(homeEvidence({ body: county }).map((e) => e.code)).toContain('540629');
  });

  it('武山: places whose experience is borrowed (借鉴陇西、康县等…经验) are someone else\'s, with no trip to them (ZZZZZZZZZZZZZZZZZZZZZZZX gs-486)', () => {
    const body =
      '12月27日下午，农林、科技界政协委员对县政协两个工作报告进行了认真讨论。\n' +
      '马勤学指出，政协委员在武山经济社会发展中发挥着重要的参谋作用。要注重农业产业布局，借鉴陇西、康县等扶贫发展经验，培育龙头企业。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'county', region: { code: '620524' } });
    // (Without 武山's own work, nothing places the bare 县政协: not the counties learned from.)
    const other = body.replace('在武山经济社会发展中', '');
    expect(attributeRegion({ heading: [], body: other, article: { body: other } }).region.code).toBeNull();
  });

  it('中山: a trip to learn others\' experience goes elsewhere even on a page about working at the grassroots (gd-57)', () => {
    const body =
      '2025年，市政协社会法制民族宗教委员会始终秉持履职为民的初心，深入基层倾听民意。\n' +
      '围绕社会心理服务体系课题，社法民宗委不仅远赴河北邯郸、沧州及天津河东区学习先进经验，更深入本市基层综治中心、社区和专业机构。';
    // 邯郸 is where the members went to learn, not the bare 市政协's home: nothing else places it.
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBeNull();
  });

  it('永福: a county\'s short name named once counts in the province the page\'s furniture names (gx-19)', () => {
    const body = '4月24日，县政协举办政协书画院、委员书吧等场馆启用仪式。\n该批履职活动场馆位于县会议中心、永福广场南侧文化大楼。';
    const furniture = ['- 全国政协召开远程协商会 广西设分会场 孙大伟出席'];
    expect(attributeRegion({ heading: [], body, article: { body, furniture } })).toMatchObject({ level: 'county', region: { code: '450326' } });
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBeNull();
  });

  it('湖北: a place that names an organisation (安徽省湖北商会) is not somewhere visited (hb-87)', () => {
    const body =
      '12月11日至12日，省政协主席孙伟在宜昌五峰调研茶产业社会化服务试点工作。\n' +
      '12月7日至8日，省政协副主席尔肯江·吐拉洪在皖走访安徽省湖北商会，看望楚商代表。\n' +
      '12月1日，省政协举办“践行习近平生态文明思想 助力美丽湖北建设”委员读书交流会。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'province', region: { code: '420000' } });
  });

  it('临夏: a short name a 州 shares with places inside it, named again and again, is in that 州 (gs-87)', () => {
    const body = '10月23日，州政协十一届二十九次常委会召开。五年来紧紧围绕全州中心工作，团结临夏各族各界。\n临夏新闻，新鲜有料。距离临夏再远也不是问题。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'city', region: { code: '622900' } });
  });

  it('a bare 区政协 is a district\'s: of the county-level places a page gives, one of its kind first (南谯区 over 定远县, ah-03)', () => {
    const body = '12月3日，全市政协文史资料工作座谈会在定远召开，定远县政协主席徐传斌参加。\n会上，我区政协文史委汇报了文史资料征集工作。';
    const url = 'http://nqqzx.gov.cn/content/detail/575296b87155fc752f7bfefd.html';
    expect(attributeRegion({ heading: ['区政协文史委赴定远参加全市政协文史资料工作座谈会'], body, article: { body, url } }).region.code).toBe('341103');
  });

  it('a committee named in full in a sentence that calls its place ours is the writers\' own, over a venue the page names (周口, ha-1169; not a host, gs-16)', () => {
    const body = '“近年来，周口市政协积极探索建立符合我市实际的月协商座谈会形式。”11月9日，在许昌召开的河南省省辖市政协主席联系会上，市政协主席牛越丽作了经验交流发言，介绍市政协参政议政的经验和做法。';
    expect(homeForMark('市', homeEvidence({ body }))?.code).toBe('411600');
    // (A committee that hosts the writers' people, `我区` in the same sentence, is not theirs.)
    const trip = '区政协主席贾周云带队赴青岛市黄岛区开展学习考察。考察组一行在黄岛区政协主席于东明等领导和我区在黄岛区挂职干部孟武生同志分别陪同下，先后深入青岛国际啤酒城进行考察。';
    expect(homeEvidence({ body: trip }).some((e) => e.what.includes('a sentence of ours'))).toBe(false);
  });

  it('a bare 县政协 is the 县 the page writes, whatever the county is called now (作者：芜湖县政协, 湾沚区 since, over whx: 五河县, ah-1175)', () => {
    const body = '5月26日，出席县政协十届四次会议的委员们，对十届县政协常务委员会工作报告进行分组讨论。';
    const url = 'http://www.whxzx.gov.cn/DocHtml/1331/2020/5/26/27658821128268.html';
    expect(attributeRegion({ heading: ['县政协十届四次会议举行分组讨论'], body, article: { body, url, reporter: '芜湖县政协' } }).region.code).toBe('340210');
    // (Without the byline, the site's initials alone, the weakest evidence, place nothing here.)
    expect(attributeRegion({ heading: ['县政协十届四次会议举行分组讨论'], body, article: { body, url } }).region.code).toBeNull();
  });

  it('a town named once settles its county when the paper\'s host abbreviates that county (ydrb and 尚庄镇: 盐都区, js-03)', () => {
    const body = '11月14日，区政协主席、党组书记王铁根一行到尚庄镇塘桥村，开展“有事好商量”专题协商议事活动。';
    const at = (url?: string) => attributeRegion({ heading: [], body, article: { body, url } }).region.code;
    expect(at('http://ydrb.yunpaper.cn/Article/index/aid/7170670.html')).toBe('320903');
    // (Gone to, `一行到尚庄镇`, it settles its county alone since the thirty-first session, he-597; named where the party
    // already is, `一行在尚庄镇`, only the host's initials do.)
    expect(at()).toBe('320903');
    const there = body.replace('一行到尚庄镇塘桥村，开展', '一行在尚庄镇塘桥村开展');
    expect(attributeRegion({ heading: [], body: there, article: { body: there } }).region.code).toBeNull();
    expect(attributeRegion({ heading: [], body: there, article: { body: there, url: 'http://ydrb.yunpaper.cn/Article/index/aid/7170670.html' } }).region.code).toBe('320903');
  });

  it('a city\'s short name named once is settled by its paper\'s host initials (czrb and 沧州: 沧州市, he-31)', () => {
    const body = '本报讯(记者李倩)1月18日,市政协主席王晓燕参加市政协十二届五次会议第十二联组讨论。\n王晓燕指出,讲话充分肯定了全市各级政协组织和广大政协委员为沧州改革发展作出的突出贡献。';
    const at = (url?: string) => attributeRegion({ heading: [], body, article: { body, url } }).region.code;
    expect(at('http://czrb.bohaitoday.com/pc/content/202501/20/content_153308.html')).toBe('130900');
    // (Its reform and development are the committee's own scope, so the page places it alone now,
    // js-397; named once otherwise, only the initials do.)
    expect(at()).toBe('130900');
    const plain = body.replace('为沧州改革发展作出', '在沧州作出');
    expect(attributeRegion({ heading: [], body: plain, article: { body: plain, url: 'http://czrb.bohaitoday.com/pc/content/202501/20/content_153308.html' } }).region.code).toBe('130900');
    expect(attributeRegion({ heading: [], body: plain, article: { body: plain } }).region.code).toBeNull();
  });

  it('a page that names Taiwan or Hong Kong is not at home there: they have no local committee (sx-77)', () => {
    const body = '近日,由省政协办公厅、省政府台湾事务办公室和香港海峡两岸文化艺术交流协会联合举办的晋港台“两岸三地名家书画展”开幕。省政协副主席令政策出席。来自台湾、香港及我省的百余位书画名家齐聚省民俗博物馆。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('710000');
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBeNull();
  });

  it('the writer\'s place as it is to become (`现代化新垫江`) is home, like `美丽…`, `振兴…` (cq-99)', () => {
    const body = '记者从县政协提案委获悉，截至1月9日，共收到提案180件。\n县政协将推动提案办理落实，为全面推进生态美、经济强、百姓富现代化新垫江贡献政协智慧。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('500231');
  });

  it('a company named after a place (`吉林梅花氨基酸有限责任公司`) is no place visited; `全面振兴` is no 振兴区 (jl-81)', () => {
    const body = '10月29日到30日,省政协主席江泽林到白城市,围绕吉林省西部生态建设进行调研。\n调研中,江泽林还来到吉林梅花氨基酸有限责任公司,了解企业生产情况。\n他希望大家为新时代吉林全面振兴全方位振兴贡献力量。';
    expect(homeEvidence({ body }).map((e) => e.code)).toEqual(expect.arrayContaining(['220000']));
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('210603');
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('220000');
  });

  it('a town no other county has, of three characters before its ending, counts once named (易俗河镇: 湘潭县, hn-85)', () => {
    const body = '近日，县政协委员工作室揭牌。\n该政协委员工作室设立在易俗河镇政府旁，由县政协委员轮流值班。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('430321');
  });

  it('a town no other county has, of two characters, counts once a party goes to it (到神头乡慰问: 涉县, he-597)', () => {
    const body = '连日来，全县政协委员积极响应县委、县政府及县政协号召，助力疫情防控阻击战。\n县政协副主席郭建清组织部分政协委员到神头乡慰问一线防疫人员。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('130426');
    // (Named once and not gone to, it may be a word by chance: it waits for a second mention.)
    const named = body.replace('到神头乡慰问', '为神头乡');
    expect(attributeRegion({ heading: [], body: named, article: { body: named } }).region.code).toBeNull();
  });

  it('…or where the committee acts (区政协在支口街道开展…: 宿城区, js-762)', () => {
    const body = '为进一步推动年度重点创新工作开展，7月25日上午，区政协在支口街道开展新时代协商民主文化广场建设协商议事活动。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('321302');
    const named = body.replace('区政协在支口街道开展', '区政协开展支口街道');
    expect(attributeRegion({ heading: [], body: named, article: { body: named } }).region.code).toBeNull();
  });

  it('…and so does one its party inspects (实地查看了定昌镇西关小学: 沁县, sx-875)', () => {
    const body = '10月22日，县政协对“小饭桌健康发展”开展专题调研。县政协副主席郭庆宏带队调研并主持汇报会。\n随后，还实地查看了定昌镇西关小学、郭村中学等乡镇寄宿制学校的餐厅、宿舍、教室。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('140430');
    const named = body.replace('实地查看了定昌镇', '对比定昌镇');
    expect(attributeRegion({ heading: [], body: named, article: { body: named } }).region.code).toBeNull();
  });

  it('a county\'s short name before 经济发展 is the scope of the writer\'s work (围绕京山经济发展, hb-51)', () => {
    const body = '7月12日，市政协主席会议成员第一组半年走访活动举行。\n委员们围绕当前京山经济发展中的困难和问题，提出意见建议。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('420882');
  });

  it('a site owner\'s name opens with its place (海南南海网传媒股份有限公司: 海南, not the 南海 of its brand; hi-81)', () => {
    const furniture = ['海南南海网传媒股份有限公司 版权所有 1999-2020 地址:海南省海口市金盘路30号新闻大厦9楼'];
    expect(homeEvidence({ body: '视察团副团长、省政协副主席陈莉参加视察。', furniture }).map((e) => e.code)).toEqual(['460000']);
  });

  it('two letters of a host after its 中国 brand are a district\'s or county\'s initials in the one municipality the page is in (zgsz: 石柱, cq-90)', () => {
    const body = '11月4日,县政协组织部分委员赴开州区考察农旅融合发展。\n委员们先后来到开州区汉丰湖、大进镇,实地了解农旅融合发展情况。';
    // (An address of the same letters: 石柱's own, zgsz.gov.cn, is curated since.)
    const url = 'http://www.zgsz.cq.gov.cn/content/2022-11/08/content_10442577.htm';
    expect(attributeRegion({ heading: [], body, article: { body, url } }).region.code).toBe('500240');
    // (Not on a page that names no municipality: sz is 深圳, 苏州, 石嘴山 … as well.)
    expect(attributeRegion({ heading: [], body: '县政协召开常委会议。', article: { body: '县政协召开常委会议。', url } }).region.code).toBeNull();
  });

  it('a quoted slogan whose item is a word and the place (“山水法库”, “公园大渡口”) names the writer\'s own place (ln-93, cq-24)', () => {
    const body = '3月5日，县政协召开第十一届委员会第十五次常委会议。\n会议要求，以打造“东北瓷都、中国牛县、山水法库”为目标，助推全县发展。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('210124');
    // (Not a place inside a longer clause of a quote: `“因地制宜推动兴业、强县、…` is no slogan of 兴业县.)
    const other = '省政协副主席周岚带队赴广东调研，学习“因地制宜推动兴业、强县、富民”的经验。';
    expect(attributeRegion({ heading: [], body: other, article: { body: other } }).region.code).not.toBe('450000');
  });

  it('来青 on a page that names 青田 is 青田, not the city 青 would abbreviate alone (青岛; zj-13)', () => {
    const body = '10月25日上午，省政协副主席张学伟来青开展委员工作调研。县政协主席陈铭陪同。\n张学伟一行走访青田侨乡政协委员会客厅，助力浙江高质量发展。';
    expect(homeEvidence({ body }).find((e) => e.what.startsWith('来青'))?.code).toBe('331121');
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('330000');
  });

  it('克拉玛依: a short name a prefecture shares with a place inside it counts once named when the page\'s province holds it', () => {
    const body = '1月15日，出席市政协第八届四次会议的政协委员分组讨论了市政府工作报告。\n他说，2019年也是新疆和平解放70周年，克拉玛依实现了社会持续稳定。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'city', region: { code: '650200' } });
    // (…and not without the province: named once, it may be a word or somewhere else.)
    const alone = body.replace('新疆和平解放', '和平解放');
    expect(attributeRegion({ heading: [], body: alone, article: { body: alone } }).region.code).toBeNull();
  });

  it('延边: a prefecture\'s short name named once counts when the site\'s initials abbreviate it (ybzx.gov.cn, jl-90)', () => {
    const body = '9月16日，州政协主席韩兴海主持召开州政协常务委员会第二十次会议。\n全体常委积极为延边发展做出了政协贡献。';
    const url = 'http://ybzx.gov.cn/zhengxieyaowen/2021-09-16/4412.html';
    expect(attributeRegion({ heading: [], body, article: { body, url } })).toMatchObject({ level: 'city', region: { code: '222400' } });
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBeNull();
  });

  it('湖北: a county named short (浠水) settles in the province of a committee the text names (黄冈市政协); a unit\'s name (学习委员会) is no study trip (hb-90)', () => {
    const body =
      '8月20日，省政协文化文史和学习委员会专职副主任林习珍，黄冈市政协文化文史和学习委员会主任陈慧玲到浠水调研文史工作。\n林习珍一行听取了浠水县政协有关情况的汇报。';
    expect(homeEvidence({ body })).toEqual([{ code: '421100', what: '浠水 (the text)', rank: 6 }]);
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'province', region: { code: '420000' } });
  });

  it('栾城: the site\'s owner in its footer names whose site it is (he-91)', () => {
    const body = '县政协利用委员之家开展了今年的首次委员活动日活动。';
    const furniture = ['版权所有:石家庄市栾城区人民政府 石家庄市栾城区政府信息中心 |'];
    expect(attributeRegion({ heading: [], body, article: { body, furniture } })).toMatchObject({ level: 'county', region: { code: '130111' } });
  });

  it('河北: the committees in the party a leader takes along on a trip name home, not the places it goes to (he-20)', () => {
    const body =
      '11月19日至23日，省政协副主席曹素华率省政协港澳台侨和外事委、省直有关部门和石家庄市、邯郸市政协的负责同志，围绕助力发展主题赴福建学习考察。曹素华一行先后赴福州、泉州考察。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'province', region: { code: '130000' } });
    // Committees it goes to are not its party.
    const host = '市政协主席李四率队赴邯郸市政协学习考察。';
    expect(homeEvidence({ body: host }).map((e) => e.what)).not.toContain('邯郸市政协 (in the party a leader takes along)');
  });

  it('固原: a local news site named by its place’s initials and 新闻网 (gyxww.net), settled by the province (nx-73)', () => {
    const body = '市政协党组书记、主席余剑雄主持召开市政协党组理论学习中心组扩大学习会，传达学习宁夏回族自治区党委全会精神。';
    const url = 'https://gyxww.net/html/xinwenzixun/shizhengyaowen/8561.html';
    expect(homeEvidence({ body, url }).map((e) => e.code)).toContain('640400');
    // …or with `news` (`tlnews.com.cn`: 桐庐; zj-63).
    // Its initials settle the one short name of the text they abbreviate (`爱桐庐知桐庐人士`).
    const tonglu = '县政协将设立渠道向委员、界别群众、爱桐庐知桐庐人士征集议题。';
    expect(homeEvidence({ body: tonglu, url: 'http://www.tlnews.com.cn/xwpd/tlxw/content/2021-05/24/content_9011.htm' }).map((e) => e.code)).toContain('330122');
    expect(homeEvidence({ body: tonglu, url: 'http://www.example.com/xwpd/content_9011.htm' }).map((e) => e.code)).not.toContain('330122');
    // A media brand is no initials (`rmzxw`: 人民政协网).
    expect(homeEvidence({ body, url: 'http://www.rmzxw.com.cn/c/2023-01-01/1.shtml' }).map((e) => e.code)).not.toContain('640400');
    // …and an official one (`thnews.gov.cn`: 太湖新闻网), settled by a town two counties have (ZZZZZZZZK ah-88).
    const taihu = '县政协、县水利局牵头到寺前镇安仓村开展人饮工程调研。';
    expect(homeEvidence({ body: taihu, url: 'http://www.thnews.gov.cn/content/detail/65261f48878ead6c2c000038.html' }).map((e) => e.code)).toContain('340825');
  });

  it('厦门: two letters of a host (zxxm.gov.cn) name the one prefecture in the country with them (fj-46)', () => {
    const body = '市政协提案委召开全体委员会议，市政协党组副书记、副主席高玉顺出席。';
    expect(homeEvidence({ body, url: 'http://www.zxxm.gov.cn/tpxw/201912/t20191203_154373.htm' }).map((e) => e.code)).toEqual(['350200']);
    // Initials several prefectures share settle nothing without a province (`zxyc`: 宜昌, 盐城, 运城 …).
    expect(homeEvidence({ body, url: 'http://www.zxyc.gov.cn/a.htm' })).toEqual([]);
  });

  it('延边: of two prefectures with a host\'s two letters (ybzx: 宜宾市, 延边州), the one 州 is a bare 州政协\'s, and the 市 no bare 市政协\'s (jl-56)', () => {
    const body = '10月26日，州政协召开十二届三十七次主席会议。州政协于晓峰主席主持会议。';
    const url = 'http://www.ybzx.gov.cn/zhengxieyaowen/2016-11-08/2935.html';
    expect(attributeRegion({ heading: ['州政协召开十二届三十七次主席会议'], body, article: { body, url } }).region.code).toBe('222400');
    const city = body.replaceAll('州政协', '市政协');
    expect(attributeRegion({ heading: ['市政协召开十二届三十七次主席会议'], body: city, article: { body: city, url } }).region.code).toBeNull();
  });

  it('张家界: a provincial news portal (rednet.cn) places the page in its province, and its city channel (zjj) in the city (hn-75)', () => {
    const body = '1月22日，永定区政协成功举办了一场“书香政协”读书分享会，市政协党组副书记、副主席李立出席。';
    const url = 'https://zjj.rednet.cn/m/content/646945/67/14654944.html';
    expect(homeEvidence({ body, url })).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: '430000', rank: 6 }), expect.objectContaining({ code: '430800', what: 'zjj (city channel of the provincial news portal)', rank: 6 })]),
    );
    // 永定区 is 张家界's, not 龙岩's, on that portal; a portal's province channel (`hn`) is no city.
    expect(attributeRegion({ heading: ['永定区政协举办“书香政协”读书分享会'], body, article: { body, url } }).region.code).toBe('430802');
    expect(homeEvidence({ body, url: 'https://hn.rednet.cn/content/1.html' }).map((e) => e.code)).toEqual(['430000']);
    expect(attributeRegion({ heading: ['永定区政协举办“书香政协”读书分享会'], body, article: { body, url: 'https://www.example.com/1.html' } }).region.code).toBeNull();
  });

  it('德清: a county\'s news channel on a provincial portal (dqnews.zjol.com.cn) places a bare 县政协; a county named in a circular elsewhere does not (zj-852)', () => {
    const body =
      '昨天上午，县政协第47次党组（扩大）会议召开，传达学习省委全会精神，通报了关于天水市麦积区某幼儿园问题调查处置情况的通报。陈亦平指出，要全面认识浙江经济社会发展取得的显著成绩。';
    const url = 'https://dqnews.zjol.com.cn/dqnews/system/2025/07/28/035015282.shtml';
    expect(attributeRegion({ heading: [], body, article: { body, url } }).region.code).toBe('330521');
    // Without the channel, no county of the province the page is in: not 麦积区 (甘肃).
    expect(attributeRegion({ heading: [], body, article: { body, url: 'https://zjnews.zjol.com.cn/system/1.shtml' } }).region.code).toBeNull();
  });

  it('a local paper\'s site curated with its place (cqtn.com: 潼南报) places a bare 区政协; 辽宁日报\'s platform a bare 省政协 (cq-528, ln-19)', () => {
    const body = '12月20日，区政协组织部分委员开展年终集中视察，先后视察了重点项目建设情况。';
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://tnb.cqtn.com/Html/2021-12-21/1.html' } }).region.code).toBe('500152');
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://tnb.example.com/Html/2021-12-21/1.html' } }).region.code).toBeNull();
    const province = '1月22日，省政协召开十二届十七次常委会议，学习贯彻全会精神。';
    expect(attributeRegion({ heading: [], body: province, article: { body: province, url: 'https://xiaokang.lnrbxmt.com/xinwenbaodao/2022-01-23/78071.html' } }).region.code).toBe('210000');
    // …and 萍乡's portal by its telephone code (jx-895), 萧县's committee's site (ah-910) and 杭州's, whose bare 省政协 is
    // 浙江's (zj-911).
    const city = '6月25日,市政协副主席颜小龙率专题调研组到经开区调研公共应急设施建设工作。';
    expect(attributeRegion({ heading: [], body: city, article: { body: city, url: 'http://www.cs0799.com/portal.php?aid=59913&mod=view' } }).region.code).toBe('360300');
    const county = '县政协主席杨洪军带队调研我县国家储备林建设工作开展情况。';
    expect(attributeRegion({ heading: [], body: county, article: { body: county, url: 'http://www.ahxxzx.gov.cn/web/view?strId=3cbb' } }).region.code).toBe('341322');
    const visit = '省政协党组副书记、副主席王昌荣赴西湖区调研“民生议事堂”建设运行工作。';
    expect(attributeRegion({ heading: [], body: visit, article: { body: visit, url: 'https://www.hzzx.gov.cn/zxyw/content/2022-09/19/content_8356338.htm' } }).region.code).toBe('330000');
    // …and 石柱's and 天河区's portals (cq-59, gd-528).
    const standing = '1月7日，县政协召开十届十八次常委会，协商讨论相关事项。';
    expect(attributeRegion({ heading: [], body: standing, article: { body: standing, url: 'http://www.zgsz.gov.cn/content/2021-01/08/content_10110538.htm' } }).region.code).toBe('500240');
    const district = '6月11日上午，出席区政协八届五次会议的委员以视频会议形式列席区九届人大八次会议。';
    expect(attributeRegion({ heading: [], body: district, article: { body: district, url: 'http://www.thnet.gov.cn/ztzl/zxbjwchy/hykd/content/post_5898217.html' } }).region.code).toBe('440106');
    // …and 黑龙江's gazetteer office's site (hl-901, hl-224: the province's 政协志 there).
    const gazetteer = '1989年，省政协为了使全省政协系统领导干部提高理论和政策水平，经研究决定举办两期市县政协主席培训班。';
    expect(attributeRegion({ heading: [], body: gazetteer, article: { body: gazetteer, url: 'https://hljszw.org.cn/home/book/info/get_id/389613.html' } }).region.code).toBe('230000');
  });

  it('a committee\'s own site curated with its place places its bare committee, and a bare 市政协 there in its city (hszx.gov.cn: 横山区; sn-48, sn-329)', () => {
    const own = '6月12日，区政协主席带领部分委员视察重点项目建设情况。';
    expect(attributeRegion({ heading: [], body: own, article: { body: own, url: 'http://www.hszx.gov.cn/show.asp?id=823' } }).region.code).toBe('610803');
    const city = '市政协副主席一行来我区调研羊毛绒产业发展情况。';
    expect(attributeRegion({ heading: [], body: city, article: { body: city, url: 'http://www.hszx.gov.cn/show.asp?id=753' } }).region.code).toBe('610800');
    expect(attributeRegion({ heading: [], body: own, article: { body: own, url: 'http://www.example.gov.cn/show.asp?id=823' } }).region.code).toBeNull();
  });

  it('海南: the site of 海南日报 places a bare 省政协 (hi-889), where `hn` alone spells three provinces', () => {
    const body = '省政协党组召开“三严三实”专题教育动员会。会议强调，省政协要始终坚持以身作则、以上率下。';
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://news.hndaily.cn/html/2015-05/29/content_5_10.htm' } }).region.code).toBe('460000');
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://news.hnxdaily.cn/html/2015-05/29/content_5_10.htm' } }).region.code).toBeNull();
  });

  it('湖南: the site of 湘声报, the provincial committee\'s paper, places a bare 省政协 (hn-670)', () => {
    const body = '3月9日上午，在省政协办公厅与省直机关工委联合举办的“先锋大思政”学习交流分享会上，金句频出。';
    expect(attributeRegion({ heading: [], body, article: { body, url: 'https://www.xiangshengnet.com/info/51578.html?cid=1' } }).region.code).toBe('430000');
    expect(attributeRegion({ heading: [], body, article: { body, url: 'https://www.example.com/info/51578.html' } }).region.code).toBeNull();
  });

  it('本溪: a headline that opens with its place and a colon is datelined; a city and its namesake county each for its kind (ln-694)', () => {
    const body = '日前,市政协组织部分省、市政协委员,对我市优先发展城市公共交通情况进行了视察。';
    const title = '本溪：省市政协委员视察我市优先发展城市公交情况';
    expect(attributeRegion({ heading: [], body, article: { body, title } }).region.code).toBe('210500');
    expect(attributeRegion({ heading: [], body, article: { body, title: title.replace('本溪：', '') } }).region.code).toBeNull();
  });

  it('荆州: a headline that opens with its place\'s first of a kind (荆州首家…) places a bare 市政协 there, not in the county it goes to (hb-725)', () => {
    const body = '8月22日上午,市政协首个“扶贫车间”在松滋市卸甲坪土家族乡成立。这是市政协协调推动各类扶贫资源精准输送到贫困村的新举措。';
    const title = '荆州首家政协委员“扶贫车间”成立 协调资源输送';
    expect(attributeRegion({ heading: [], body, article: { body, title } }).region.code).toBe('421000');
    expect(attributeRegion({ heading: [], body, article: { body, title: title.replace('荆州首家', '首家') } }).region.code).toBe('421087');
  });

  it('安化: the place whose story the members are to tell (讲好安化故事) is home (hn-695)', () => {
    const body = '会议要求，县政协委员要做党委政府方针政策的“宣传员”、讲好安化故事的“推荐官”。';
    expect(homeEvidence({ body })).toEqual([{ code: '430923', what: '安化 (the text)', rank: 6 }]);
  });

  it('唐山: a place named as the scope of the committee\'s own work counts though the text also goes there (政协委员唐山行…助力唐山高质量发展, he-693)', () => {
    const body = '10月16日下午,市政协党组书记、主席苏铁成率“政协委员唐山行”暨“助力唐山高质量发展调研观摩”考察团到高新区调研考察。\n考察团一行先后来到唐山机器人展示体验中心、中信重工开诚智能装备有限公司。';
    expect(homeForMark('市', homeEvidence({ body }))?.code).toBe('130200');
    // (A trip there alone says nothing of home.)
    expect(homeForMark('市', homeEvidence({ body: body.replace('暨“助力唐山高质量发展调研观摩”', '') }))).toBeNull();
  });

  it('江门: the place whose practice the committee is to serve (中国式现代化的江门实践中) is home (gd-708)', () => {
    const body = '市政协党组书记、主席张元醒主持召开党组（扩大）会议。会议强调，要在扎实推进中国式现代化的江门实践中作出更多政协贡献。';
    expect(homeEvidence({ body })).toEqual([{ code: '440700', what: '江门 (the text)', rank: 6 }]);
  });

  it('仙游: the place whose share of the nation\'s modernisation the committee serves (中国式现代化仙游实践) is home (fj-734)', () => {
    const body = '3月25日，十四届县政协常务委员会第十五次会议召开。会议要求，扎实做好“四个凝聚”工作，助推中国式现代化仙游实践行稳致远。';
    expect(homeEvidence({ body })).toEqual([{ code: '350322', what: '仙游 (the text)', rank: 6 }]);
    // (The same name in a plain clause is a county's short name, seldom read alone.)
    expect(homeEvidence({ body: body.replace('助推中国式现代化仙游实践行稳致远', '仙游的同志参加') })).toEqual([]);
  });

  it('武陟: the place whose quoted dream the members are to realise (实现“武陟梦”) is home (ha-715)', () => {
    const body = '7月26日上午，县政协召开八届八次常委会议。会议要求，全体政协委员要以扎实的作风干事业，为实现“武陟梦”作出新的更大的贡献。';
    expect(homeEvidence({ body })).toEqual([{ code: '410823', what: '武陟 (the text)', rank: 6 }]);
    expect(homeEvidence({ body: body.replace('为实现“武陟梦”', '为武陟') })).toEqual([]);
  });

  it('黑龙江: a province\'s paper by its three initials (`hljrb`) is a bare 省政协\'s home on a page that names no province (hl-1144), not two letters (zjrb)', () => {
    const body = '本报20日讯(记者那可 郭铭华)20日下午,省政协十二届四次会议召开提案委员会全体会议。省政协副主席宫晶堃出席会议并讲话。';
    const url = 'http://epaper.hljnews.cn/hljrb/pc/con/202102/21/content_15797.html';
    expect(homeEvidence({ body, url }).map((e) => [e.code, e.reading])).toEqual([['230000', true]]);
    expect(homeEvidence({ body, url: 'http://szb.jsw.com.cn/ZJRB/PC/content/201910/09/content_47638.html' })).toEqual([]);
  });

  it('屯溪: the land its members\' heritage is to live on in (在屯溪大地生生不息) is home (ah-1135)', () => {
    const body = '7月13日,区政协副主席傅颖兵带领部分文史委委员和文史作者,视察非遗传承工作。鼓励要做好非遗的传承保护,让古徽州优秀传统文化在屯溪大地生生不息、永放光芒。';
    expect(homeEvidence({ body })).toEqual([{ code: '341002', what: '屯溪 (the text)', rank: 6 }]);
    expect(homeEvidence({ body: body.replace('在屯溪大地', '在屯溪') })).toEqual([]);
  });

  it('宁津: a county\'s short name as a headline slogan\'s last item (建设“活力新城、幸福宁津”) places the page (sd-734)', () => {
    const body = '深化党的建设，在加强思想政治引领上实现新提升。把县委、县政府决策部署更好转化为广泛共识。';
    const kicker = '2025年：为建设“活力新城、幸福宁津”贡献政协智慧和力量';
    expect(homeEvidence({ body, kicker })).toContainEqual({ code: '371422', what: '宁津 (series line)', rank: 4 });
    // (A county's short name in a headline, named plainly, is not read alone.)
    expect(homeEvidence({ body, kicker: '2025年：为宁津贡献政协智慧和力量' })).toEqual([]);
  });

  it('昆明: a county a city committee inspects, its works looked at on site (实地考察), is within its city (yn-701)', () => {
    const body = '2018年10月30日,市政协副主席董林、市政协副秘书长吕志等一行8人到石林县民主监督扫黑除恶专项斗争工作开展情况。\n督查组一行还实地考察了石林县生猪屠宰场和南门社区扫黑除恶相关工作开展情况。';
    expect(homeEvidence({ body })).toEqual([{ code: '530100', what: '石林县 (the text)', rank: 6 }]);
    // (A trip to learn is still a study trip: `赴石林县考察学习`.)
    expect(homeEvidence({ body: '市政协副主席董林一行赴石林县考察学习乡村振兴工作。' })).toEqual([]);
  });

  it('六安: a consultation programme named after the place is home; an idiom holding a place is none (ah-680)', () => {
    const body = '11月23日,由市政协主办的大型访谈栏目《六安商量》在市广电台演播大厅进行录制。近年来,市委、市政府通过出台多项政策措施、拿出“真金白银”,促进我市婴幼儿托育服务高质量发展。';
    expect(homeEvidence({ body })).toEqual([{ code: '341500', what: '《六安商量》 (a consultation brand named after the place)', rank: 5 }]);
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('341500');
    // (A brand named after no place says nothing.)
    expect(homeEvidence({ body: '市政协开展“有事好商量”协商活动。' })).toEqual([]);
  });

  it('重庆, 江苏: a mountain and a verb that hold a place\'s name (金佛山, 提高县…) are no home (cq-1086, js-1073)', () => {
    // The committee's group goes to 武隆 and 南川, whose 金佛山 is no 佛山市.
    const body = '日前，市政协副主席宋爱荣率领市政协提案委、联络委调研组一行来到两地。\n金佛山天星温泉城配合金佛山富集的药用植物资源，开发出独具特色的中草药理疗汤池。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('440600');
    // A page cut after 提高县 (`…做强县域优势产业、提高县`) names no 高县 of 宜宾.
    expect(homeEvidence({ body: '10月28日，省政协召开主席专题协商会议。下一步，将持续做强县域优势产业、提高县' }).map((e) => e.code)).not.toContain('511525');
  });

  it('盐城: a city\'s paper named by the region\'s old name (盐阜大众报) places a bare 市政协 (js-681)', () => {
    const body = '10月13日下午,市政协经济科技(农业农村)委员会组织部分委员,开展主题界别协商议事暨委员沙龙活动。';
    expect(attributeRegion({ heading: [], body, article: { body, publisher: '盐阜大众报报业集团融媒体记者 杨扬' } }).region.code).toBe('320900');
  });

  it('忠县: a local paper\'s site on the curated list places a bare committee, as weakly as a portal (cq-397)', () => {
    const body = '县政协党组2024年第22次（扩大）会议暨县政协十五届四十六次主席会议召开。';
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://epaper.zzxw.net/html/2024-11/25/content_303.htm' } }).region.code).toBe('500233');
    // (On a visitor's story too, beside the places the text names.)
    const visit = '十堰市政协主席一行到竹溪县调研中药材产业发展。';
    expect(homeEvidence({ body: visit, url: 'http://www.zxxww.com/show-161-10802-1.html' })).toContainEqual({ code: '420324', what: 'zxxww.com (curated local news site)', rank: 6 });
    // (…and a district's paper on a host that spells no place: bj-43's 大运通州, 北京's 通州区, not 南通's.)
    const tongzhou = '区政协召开五届十四次常委会会议。';
    expect(attributeRegion({ heading: [], body: tongzhou, article: { body: tongzhou, url: 'http://kanbao.dayuntongzhou.com/content/2019-06/20/content_1.htm' } }).region.code).toBe('110112');
    // (…and a bare 省政协 that comes to the site's city is that city's province: ah-701's 安庆365.)
    const aq = '4月22日,省政协调研组来我市,就社区矫正工作开展调研。';
    expect(attributeRegion({ heading: [], body: aq, article: { body: aq, url: 'http://m.aq365.com/html/201404/23/8354.html' } }).region.code).toBe('340000');
  });

  it('宿松: a committee\'s own site whose letters spell several places is placed by the curated list of sites (ah-408)', () => {
    const body = '7月18日,县政协召开关于进一步加强和改进社情民意信息工作专题会议,县政协党组成员、副主席李金星出席会议并讲话。';
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://ssxzx.gov.cn/control/view.php?aid=161829' } }).region.code).toBe('340826');
    // (With or without `www`; on a host not in the list the letters alone settle nothing.)
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://www.ssxzx.gov.cn/control/view.php?aid=161829' } }).region.code).toBe('340826');
    expect(attributeRegion({ heading: [], body, article: { body, url: 'http://ssszx.gov.cn/control/view.php?aid=161829' } }).region.code).toBeNull();
    // (A province's site places its bare 省政协: hbzx.gov.cn is 湖北's, hb-633.)
    const office = '省政协办公厅中心组举行第六次集中学习。';
    expect(attributeRegion({ heading: [], body: office, article: { body: office, url: 'https://hbzx.gov.cn/532/2014-09-24/39680.html' } }).region.code).toBe('420000');
  });

  it('广安: a party that comes to a prefecture by the short name it shares with its district (来广安学习考察) comes here, and its committee hosts (cq-09)', () => {
    const body = '5月15日，重庆市荣昌区政协主席赵天智一行来广安学习考察。\n在随后召开的座谈会上，市政协相关负责人细致介绍了市政协承办联合协商会议的具体做法。';
    expect(homeEvidence({ body })).toContainEqual({ code: '511600', what: '来广安 (the text)', rank: 5 });
    expect([...(actorReader((n) => resolvePlace(n).candidates.length > 0, homeEvidence({ body }), body).offside ?? [])]).toContain('511600');
    // 成渝中部 is 成渝 and 中部, not 渝中区.
    expect(homeEvidence({ body: '荣昌与广安都处于成渝中部支撑地带，是成渝地区双城经济圈互动协作的主战场。' }).map((e) => e.code)).not.toContain('500103');
  });

  it('竹山: a news site named after a place (zhushan.cn: 竹山县 or 珠山区) counts where the text names it too (hb-11)', () => {
    const url = 'http://www.zhushan.cn/paper/202601070692/260135702.html';
    const body = '县领导分别参加县政协十一届五次会议有关分组进行讨论，奋力谱写中国式现代化竹山新篇章。';
    expect(addressSiteName(url)).toEqual({ label: 'zhushan', codes: expect.arrayContaining(['420323', '360203']), official: false });
    expect(homeEvidence({ body, url })).toContainEqual({ code: '420323', what: 'zhushan (site name; the text names it or a town of it)', rank: 6 });
    expect(homeEvidence({ body: body.replace('竹山', ''), url })).toEqual([]);
    // An official host is read whole, elsewhere; national media are brands.
    expect(addressSiteName('http://www.zhushan.gov.cn/1.html')).toBeNull();
    expect(addressSiteName('http://www.xinhua.org/1.html')).toBeNull();
  });

  it('德化: a brand before a place of two syllables in a site\'s name (cidudehua.net: 瓷都 + 德化) counts where the text names it (ZZL fj-70)', () => {
    const url = 'https://www.cidudehua.net/plus/view.php?aid=5117';
    const body = '28日，县政协十届五次会议隆重开幕。县委书记强调，要为德化发展建言献策。';
    expect(homeEvidence({ body, url })).toContainEqual({ code: '350526', what: 'cidudehua (site name; the text names it or a town of it)', rank: 6 });
  });

  it('濮阳: a prefecture\'s short name it shares with its county, as the scope of the writer\'s work (为濮阳经济社会发展), is the prefecture (ZZK ha-61)', () => {
    const body = '1月8日，全市政协经济委员会工作会议召开。会议要求，要继续加强联动协调，形成工作合力，为濮阳经济社会发展作出更大贡献。';
    expect(homeEvidence({ body })).toContainEqual({ code: '410900', what: '濮阳 (the text)', rank: 6 });
    expect(homeEvidence({ body: body.replace('为濮阳经济社会发展', '在濮阳') }).map((e) => e.code)).not.toContain('410900');
  });

  it('白云: a prefecture\'s short name given more than once (广州 twice) tells the page\'s province, which settles a county\'s short name two provinces share (gd-36)', () => {
    const line = '区政协十届三次会议将于2月5日—7日在广州白云国际会议中心召开，会期3天。';
    expect(homeEvidence({ body: `${line}\n${line}` }).map((e) => e.code)).toEqual(expect.arrayContaining(['440100', '440111']));
    // (Once, 白云 alone is a word as often as a place; right after 广州 it is that city's district.)
    expect(homeEvidence({ body: line.replace('广州白云', '白云') })).toEqual([]);
    expect(homeEvidence({ body: line })).toEqual([{ code: '440111', what: '广州白云 (the text)', rank: 6 }]);
  });

  it('通州: a site named after a place behind a brand (dayuntongzhou.com: 大运 + 通州, Beijing\'s or Nantong\'s) counts where the text names a town of one (bj-05)', () => {
    const url = 'http://kanbao.dayuntongzhou.com/Html/2021-05-07/4433.html';
    const body = '当天，区政协张继承委员工作室政协委员公益助残基地在台湖镇温馨家园揭牌。';
    expect(addressSiteName(url)).toEqual({ label: 'dayuntongzhou', codes: expect.arrayContaining(['110112', '320612']), official: false });
    expect(homeEvidence({ body, url })).toContainEqual({ code: '110112', what: 'dayuntongzhou (site name; the text names it or a town of it)', rank: 6 });
    // (Without the town the site's name alone settles nothing; the curated list of local sites holds the host.)
    expect(homeEvidence({ body: body.replace('台湖镇', ''), url })).toEqual([{ code: '110112', what: 'dayuntongzhou.com (curated local news site)', rank: 6 }]);
  });

  it('当阳: a column for the place\'s two sessions (【2026当阳两会】) names the page\'s own place (ZZZZT hb-67)', () => {
    const title = '【2026当阳两会】市政协九届五次会议开展联组讨论';
    const body = '1月7日、8日，出席市政协九届五次会议的委员们分五个联组，对《政府工作报告》进行讨论。';
    expect(homeEvidence({ title, body })).toContainEqual({ code: '420582', what: '当阳两会 (the place\'s two sessions)', rank: 5 });
    expect(homeEvidence({ title: '【聚焦全国两会】市政协组织委员收看开幕会', body }).map((e) => e.code)).toEqual([]);
  });

  it('铜陵: a visit to the place\'s own firms (前往铜陵市部分民营企业) goes no further than the committee\'s own ground (ZZZZZ ah-73)', () => {
    const body = '12月6日上午，市政协民建界别委员前往铜陵市部分民营企业开展走访活动。市政协主席张梦生参加活动。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('340700');
    // (A study trip to another city's firms says nothing of home.)
    expect(homeEvidence({ body: body.replace('开展走访活动', '考察学习') }).map((e) => e.code)).not.toContain('340700');
  });

  it('修水: a page taken from a place\'s chronicle (内容出处：《修水县志》) tells of that place (ZZZZZZZZZZZZZZZZZZZZD jx-388)', () => {
    const body = '第一章 组织机构 人民政协是爱国统一战线组织。县政协由县委提名，经协商产生。';
    expect(homeEvidence({ body, furniture: ['内容出处： | 《修水县志》 图书 |'] })).toContainEqual({ code: '360424', what: '《修水县志》 (the place\'s chronicle)', rank: 5 });
    expect(homeForMark('县', homeEvidence({ body, furniture: ['内容出处： | 《修水县志》 图书 |'] }))?.code).toBe('360424');
  });

  it('九江: a chronicle of a span of years, in volumes (《九江市志（1991-2010）第三册》), tells of its place too (ZZZZZZZZZZZZZZZZZZZZZZQ jx-453)', () => {
    const body = '一、委员提案第九届市政协共征集提案1594件，其中集体提案39件。';
    const furniture = ['内容出处: 《九江市志（1991-2010）第三册》 图书'];
    expect(homeEvidence({ body, furniture })).toContainEqual({ code: '360400', what: '《九江市志（1991-2010）第三册》 (the place\'s chronicle)', rank: 5 });
    expect(homeForMark('市', homeEvidence({ body, furniture }))?.code).toBe('360400');
    // (Another book that only names the place is no chronicle: `《九江市政协志愿服务手册》`.)
    expect(homeEvidence({ body, furniture: ['内容出处: 《九江市政协志愿服务手册》'] }).map((e) => e.what)).not.toContainEqual(expect.stringMatching(/chronicle/));
  });

  it('辽宁: a place\'s committees of every level at work (辽宁省各级政协组织) place a bare 省政协 over the place they help (ZZZZZZZZZZZZZZZZZZZZZZV ln-458)', () => {
    const body =
      '连日来，辽宁省各级政协组织和广大政协委员纷纷向四川地震灾区施以援手、献出爱心。灾情发生后，省政协领导高度重视抗震救灾工作，除要求省政协机关按省委统一部署做好支援四川抗震救灾工作外，还要求各专委会随时了解和掌握情况。';
    expect(homeEvidence({ body })).toContainEqual({ code: '210000', what: '辽宁省各级政协 (the place\'s committees)', rank: 5 });
    expect(homeForMark('省', homeEvidence({ body }))?.code).toBe('210000');
    // (The whole of the page's own, 全州各级政协组织, is no place: 全州 is also a county's name.)
    expect(homeEvidence({ body: '会议强调，全州各级政协组织、广大政协委员要持续用力助推乡村振兴。' }).map((e) => e.code)).not.toContain('450324');
  });

  it('铜川: a visit to a hall named after the place (到铜川非物质文化遗产馆) goes no further than the committee\'s own ground (ZZZZZZZZZZZZZZZZZZZZF sn-390)', () => {
    const body = '6月17日，市政协副主席赵文山带领部分委员开展对口协商。调研组先后到铜川非物质文化遗产馆、市非物质文化遗产保护中心等实地调研。他强调，要讲好铜川故事。';
    expect(homeEvidence({ body })).toContainEqual({ code: '610200', what: '铜川 (the text)', rank: 6 });
    expect(homeForMark('市', homeEvidence({ body }))?.code).toBe('610200');
  });

  it('登封: a bare 市政协 that goes to a station named after the place (到…登封市国家气象观测站) is that city\'s, not its prefecture\'s (ZZZZZZZZZZZZZZZZZZZZZZZZZZW ha-563)', () => {
    const body = '上午，市政协主席孟永瑞带领部分政协委员到颍阳镇农田水利示范乡镇项目、西区路网建设项目、登封市国家气象观测站进行视察。';
    expect(homeForMark('市', homeEvidence({ body }))?.code).toBe('410185');
  });

  it('祥云: a bare 县政协 that goes to a railway station named after the place (到…祥云西站) is at home there, not in its prefecture (yn-683)', () => {
    const body =
      '上午,调研组在县政协主席姚曙光的带领下,先后到金叶物流公司、祥云西站、大理州紫辰物流有限公司、水目山公铁联运物流园进行了实地察看。姚曙光说,要抓好招商引资工作,为祥云经济发展注入新的活力。';
    expect(homeForMark('县', homeEvidence({ body }))?.code).toBe('532923');
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('532900');
  });

  it('南安: a bare 市政协 that goes to the place\'s research institute and named firm (到了南安市农科所、南安市益湖生态农业有限公司) is at home there (fj-704)', () => {
    const body = '视察组一行先后到了南安市农科所、南安市益湖生态农业有限公司等科技特派员服务对象实地查看。';
    expect(homeForMark('市', homeEvidence({ body: `市政协组织开展我市科技特派员工作情况专题视察。${body}` }))?.code).toBe('350583');
    // (…or any firm of its name, registered or not: fj-713's 石狮.)
    const shishi = '市政协主席李丽月带领市政协调研组一行,在全市开展食品安全工作专题调研。政协调研组一行先后来到石狮市海阔天空休闲农业公司、德辉超市等地进行实地考察。';
    expect(homeForMark('市', homeEvidence({ body: shishi }))?.code).toBe('350581');
  });

  it('广昌: a bare 县政协 that goes to the place\'s own named works (深入到广昌县莲龙塑料厂) is at home there (ZZZZZZZZZZZZZZZZZZN jx-346)', () => {
    const body =
      '8月11日,县政协组织部分环资委委员先后深入到广昌县莲龙塑料厂、广昌县润泉供水有限公司以及自来水取水口,采取听取汇报、现场观摩、座谈交流等方式,对全县居民饮水安全情况进行了考察。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('361030');
    // (A study trip to another county's works says nothing of home.)
    expect(homeEvidence({ body: '县政协组织委员赴广昌县莲龙塑料厂考察学习。' }).map((e) => e.code)).not.toContain('361030');
  });

  it('诸暨: members of the committees above living in the place (在诸暨的省、绍兴市政协委员) sit in on its own session (ZZZZZC zj-76)', () => {
    const body = '市政协十四届五次会议圆满完成各项议程。列席本次大会的有：在诸暨的省、绍兴市政协委员，有关党派团体负责人。';
    expect(homeEvidence({ body })).toContainEqual({ code: '330681', what: '在诸暨的省、绍兴市政协委员 (the text)', rank: 2 });
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '330681' } });
  });

  it('义乌: a site whose whole name is a place (yiwu.com.cn) counts where the text names it (ZZZZM zj-60)', () => {
    const url = 'http://www.yiwu.com.cn/article-128274-1.html';
    const body = '昨日下午,市政协十四届五次会议举行第一次召集人及记录联络员会议。陈小忠指出,2026年是学习推广“义乌发展经验”20年。';
    expect(addressSiteName(url)).toMatchObject({ label: 'yiwu', codes: expect.arrayContaining(['330782']) });
    expect(homeEvidence({ body, url })).toContainEqual({ code: '330782', what: 'yiwu (site name; the text names it or a town of it)', rank: 6 });
    expect(homeEvidence({ body: body.replace('义乌', ''), url })).toEqual([]);
  });

  it('四川: where the committee’s own meeting is held (…会议在成都召开) is its ground, not where it went (sc-19)', () => {
    const body = '十二届省政协党组第25次（扩大）会议在成都召开，传达学习有关会议精神。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'province', region: { code: '510000' } });
    const trip = '省政协调研组赴福建学习考察，座谈会在福州召开。';
    expect(homeEvidence({ body: trip }).map((e) => e.what)).not.toContain('在福州召开 (venue)');
  });

  it('枝江: a county media centre’s short dateline (枝江融媒) places the page (hb-17)', () => {
    const body = '枝江融媒(记者 胡文汇)2月22日下午，市政协召开六届二十四次常委会会议。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('420583');
  });

  it('淳安: a footer that names the site’s owner before 版权所有 places the page (XL)', () => {
    const furniture = ['淳安县千岛湖传媒中心版权所有 未经授权禁止复制或镜像 网络广告 0571-64831301'];
    expect(homeEvidence({ body: '1月12日,县政协九届常委会第三十二次会议召开。', furniture })).toEqual([
      { code: '330127', what: '淳安县 (site owner: 淳安县千岛湖传媒中心)', rank: 2 },
    ]);
    // (Not the firm that built the site, named before its owner: ZZZZZZZZZZZZZZZZI zj-289.)
    expect(homeEvidence({ body: '市政协召开常委会议。', furniture: ['本网站由北京凯行同创科技有限公司提供技术支持-中国致公党版权所有京ICP备10012841号'] })).toEqual([]);
    // …and a centre named after its place in the text is the page's own media (a brand after the place).
    expect(homeEvidence({ body: '(淳安县千岛湖传媒中心记者 张三)县政协召开常委会议。' })).toContainEqual({ code: '330127', what: '淳安县千岛湖传媒中心 (the text)', rank: 3 });
  });

  it('岳阳: a city broadcaster’s dateline (岳阳广电全媒体讯) places the page over the county its name shares (XJ)', () => {
    const body = '岳阳广电全媒体讯(记者 欧阳神军)近日,市政协组织机关青年前往岳阳县筻口镇董敏芳委员工作室。';
    expect(homeEvidence({ body })).toContainEqual({ code: '430600', what: '岳阳广电 (the text)', rank: 3 });
    // …and a station by its place and 台 before its reporters (ZZZZZZZZZZZZZZZZZC sc-309), never a 平台 or 舞台.
    expect(homeEvidence({ body: '广元台全媒体记者 黎娟\n市政协召开党组理论学习中心组学习会议。' })).toContainEqual({ code: '510800', what: '广元台 (the text)', rank: 3 });
    expect(homeEvidence({ body: '依托协商平台记者了解到，市政协召开会议。' }).map((e) => e.what)).not.toContain('协商平台 (the text)');
  });

  it('龙岩: a mirror that files its copy under a city’s pinyin (…/longyan/ly/…) places it there (fj-79)', () => {
    const body = '市政协六届一次会议主席团举行第一次会议。';
    expect(homeEvidence({ body, url: 'http://www.fan-ex.com/longyan/ly/2571017.html' }).map((e) => e.code)).toEqual(['350800']);
    // …or under a province's (gs-67).
    expect(homeEvidence({ body: '省政协主席仲兆隆主持会议。', url: 'http://yhg994208.cn/news/gansu/2006011007395580550.htm' }).map((e) => e.code)).toEqual(['620000']);
    // Not on an official site, whose path the county rule reads; nor a word that spells no city.
    expect(homeEvidence({ body, url: 'http://www.fan-ex.com/news/xinwen/2571017.html' })).toEqual([]);
    // …or under a county's full name, its kind spelled too (ZZZZZZZZZZZZZZZZZT zj-326), never a
    // one-character county's that a column of 区县 news spells (quxian: 渠县).
    const plan = '根据区委九届三次全会精神和区政协2017年工作要点，特制订2017年度协商工作计划。';
    expect(homeEvidence({ body: plan, url: 'http://nbxinxi.com/a/nanhuqu/20210530/140714.html' }).map((e) => e.code)).toEqual(['330402']);
    expect(homeEvidence({ body: plan, url: 'http://nbxinxi.com/a/quxian/20210530/140714.html' })).toEqual([]);
    expect(homeEvidence({ body: plan, url: 'http://nbxinxi.com/a/nanhu/20210530/140714.html' })).toEqual([]);
  });

  it('重庆: a province’s portal in its own dateline (华龙网讯) places the page there, not in 华龙区 (cq-75)', () => {
    const body = '华龙网讯 近日，区政协香炉山街道委员组来到璧山区八塘镇学习考察。';
    // (香炉山街道, a street only 沙坪坝区 has, names the district.)
    expect(homeEvidence({ body }).map((e) => e.code)).toEqual(['500000', '500106']);
    // A portal the story visits as a company is no dateline.
    expect(homeEvidence({ body: '委员们赴上海东方网股份有限公司学习调研。' }).map((e) => e.what)).not.toContain('东方网 (the text)');
  });

  it('鄂尔多斯: a footer that opens with the owner (…办公室主办 备案：…) names whose site it is (nm-06)', () => {
    const body = '日前，市政协文化文史和学习工作现场会暨业务培训班在鄂托克前旗召开。';
    const furniture = ['中共鄂尔多斯市市委办公室主办 备案：蒙ICP备16005242号 电话：0477-12345678'];
    expect(attributeRegion({ heading: [], body, article: { body, furniture } })).toMatchObject({ level: 'city', region: { code: '150600' } });
    // A proposal's handling unit (提案主办单位) owns no site.
    expect(homeEvidence({ furniture: ['提案主办、协办单位负责人'] })).toEqual([]);
  });

  it('重庆: a bare 市政协 on a page about a municipality\'s county is the municipality\'s (cq-95)', () => {
    const body = '7月15日，市政协副主席杜惠平率队来彭，围绕农村黑臭水体治理开展调研。\n调研组了解彭水县农村黑臭水体治理情况，彭水县有关负责人陪同。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '500000' } });
  });

  it('徐州: a person\'s given name (市政协主席王安顺, 王安顺说) is no place (js-89)', () => {
    const body =
      '6月16日，全市协商议事工作观摩推进会召开。市政协主席王安顺参加并讲话。与会人员实地观摩了贾汪区、邳州市、新沂市、睢宁县协商议事室。\n王安顺说，全市政协系统深入推进协商议事探索实践。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('520400');
    // The four counties of 徐州 it visits name the bare 市政协's city, not 邳州市 among them.
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '320300' } });
  });

  it('北京: a given name after an organisation\'s post or before a form of address (会长陈广元阿訇) is no place; a bare 市政协 on a page naming only a municipality is its (bj-845)', () => {
    const body =
      '5月30日，市政协秘书长周毓秋带领市政协民宗委委员一行20余人，到东四清真寺调研北京市伊斯兰教发展情况，并与中国伊斯兰教协会会长、北京市伊斯兰教协会名誉会长陈广元阿訇进行座谈。\n座谈中，陈广元阿訇感谢市政协领导和委员对全市宗教场所合理布局等问题进行调研。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('510800');
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ level: 'province', region: { code: '110000' } });
  });

  it('广东: a given name after an inspector\'s post (一级巡视员张广东一行) is no place (ha-877)', () => {
    const body = '9月12日下午，全国政协委员、省政协办公厅一级巡视员张广东一行到我县围绕“加强全民健身活动，推动体育河南建设”开展专题调研。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('440000');
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).not.toBe('440000');
  });

  it('铜川: the committees of three or more counties of one prefecture, even on a roll of winners, place a bare 市政协 (sn-873)', () => {
    const body =
      '6月18日，市政协系统举办“学党史 颂党恩 跟党走”党史学习教育知识竞赛。市政协副主席路一民、彭群才出席。\n经过激烈角逐，市政协机关1队代表队获一等奖，耀州区政协、印台区政协代表队获二等奖，市政协2队、王益区政协、宜君县政协代表队获三等奖。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('610200');
    // (Two of them place it too, as committees named in full beside it, all of one city; not two of two cities.)
    const two = body.replace('、王益区政协、宜君县政协', '');
    expect(attributeRegion({ heading: [], body: two, article: { body: two } }).region.code).toBe('610200');
    const apart = two.replace('印台区政协', '汝城县政协');
    expect(attributeRegion({ heading: [], body: apart, article: { body: apart } }).region.code).toBeNull();
  });

  it('台州: a name among a list of people\'s names (…林虹、陈金华参加会议) is no place (zj-88)', () => {
    const body =
      '9月13日下午，市政协召开六届二十三次主席会议，审议通过《台州市政协六届十次常委会会议方案》等事项。市政协主席叶海燕主持会议，市政协副主席周凌翔、褚义军、曹羽、林虹、陈金华参加会议。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('330700');
    // …while the place itself, named as the scope of the work, still counts.
    expect(homeEvidence({ body: `${body}委员们表示，要助力金华高质量发展。` }).map((e) => e.code)).toContain('330700');
  });

  it('竹山: a news site\'s dateline names its place (今日竹山网消息)', () => {
    const body = '今日竹山网消息 3月18日，县政协召开专题协商会，围绕小流域综合治理建言献策。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '420323' } });
  });

  it('秀洲: a county a study trip goes to (赴桐庐县环溪村参观) is not the bare 区政协\'s', () => {
    const body = '昨天上午，由区政协组织的政协委员履职能力提升培训班在杭州市委党校开班。\n培训期间，学员们还将赴桐庐县环溪村、荻浦村参观美丽乡村建设。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).not.toBe('330122');
    // Its own short name, named once (新秀洲), counts in the province the places it names are in (杭州市: 浙江).
    const own = body + '\n第四届区政协任期的五年，正处于打造现代化田园新秀洲升级版的关键时期。';
    expect(attributeRegion({ heading: [], body: own, article: { body: own } })).toMatchObject({ level: 'county', region: { code: '330411' } });
  });

  it('天水: a county a city committee inspects is its own, an exhibition toured there no study trip; a town (城关镇) no district (ZZZZZZZZZZZZZZZZZZS gs-351)', () => {
    const body =
      '9月2日，市政协主席宋敬国带领市政协副主席白朝德、王钦锡，部分市政协常委、委员，深入武山县视察工作。武山县委书记张建杰、县政协主席颉卫星陪同视察。\n' +
      '视察组先后深入洛门镇大南河流域设施蔬菜基地、武山大道、城关镇清池村全国设施蔬菜标准化示范园等地，就武山县蔬菜产业发展进行了详细视察。\n' +
      '（参观武山县蔬菜史话展 ）\n视察组希望，武山县要继续保持良好的工作作风和工作势头。';
    const codes = homeEvidence({ body }).map((e) => e.code);
    expect(codes).toContain('620500');
    expect(codes).not.toContain('620102');
  });

  it('普陀: a town the section names that one reading has settles a homonym (长征镇 is 上海市普陀区\'s, not 舟山\'s) (ZZZZZZZZZZZZZZZZZZZE sh-363)', () => {
    const body = '6月5日，普陀区政协长征镇委员工作站开展专题协商，围绕东旺公寓排水管道改造建言献策。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('310107');
    // (Without the town nothing decides.)
    const bare = '6月5日，普陀区政协委员工作站开展专题协商，围绕排水管道改造建言献策。';
    expect(attributeRegion({ heading: [], body: bare, article: { body: bare } }).region.code).toBeNull();
  });

  it('潘集: a bare 区政协 is the district committee the text names in full, over a county named elsewhere (ZZZZZZZZZZZZZZZZZZZH ah-366)', () => {
    const body = '这次采编活动，是潘集区政协今年一项重要工作安排，区政协党组高度重视。大家拜谒凤台县抗日民主政府纪念园。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('340406');
  });
});
