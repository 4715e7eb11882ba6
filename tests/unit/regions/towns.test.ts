import { describe, expect, it } from 'vitest';
import { findTownNames } from '../../../src/pipeline/regions/towns';

describe('findTownNames', () => {
  it('finds towns and the counties that have them', () => {
    const hits = findTownNames('旗政协党组成员、副主席张世富一行到昂素镇走访调研，深入玛拉迪嘎查。');
    expect(hits.map((h) => [h.name, h.counties])).toEqual([['昂素镇', ['150623']]]);
  });

  it('reads no town inside a word that holds its name by chance (cues.yaml notTownWords; ah-652, tj-09)', () => {
    expect(findTownNames('省政协副主席张学平一行来我市视察小城镇建设情况。')).toEqual([]);
    expect(findTownNames('带领调研组深入部分乡镇，对全县农村环境开展调研。')).toEqual([]);
    expect(findTownNames('县政协委员到分乡镇开展调研。').map((h) => h.name)).toEqual(['分乡镇']);
  });

  it('reads a town made a street office by the name it keeps (道口镇街道: 滑县\'s 道口镇; ha-17)', () => {
    expect(findTownNames('张绍体一行还深入道口镇东关村天然气入户工程').flatMap((h) => h.counties)).toContain('410526');
  });

  it('knows the towns of the cities with no county level, which the dataset leaves out (cues.yaml; gd-21, gd-15)', () => {
    expect(findTownNames('市政协主席来虎门镇走访调研')[0].counties).toEqual(['441900']);
    expect(findTownNames('中山市小榄镇')[0].counties).toEqual(['442000']);
    // (A name another county's town shares stays ambiguous: 长安镇 of 东莞 and of ten counties.)
    expect(findTownNames('来长安镇走访')[0].counties).toContain('441900');
    expect(findTownNames('来长安镇走访')[0].counties.length).toBeGreaterThan(1);
  });

  it('says when a town name is found in several counties', () => {
    expect(findTownNames('县政协在高田镇开展议事活动')[0].counties.length).toBeGreaterThan(1);
  });

  it('reads the items of a list of towns under one ending and a count (js-85)', () => {
    const hits = findTownNames('会上，戴圩、邳城、官湖、陈楼四镇政协工委负责人介绍了今年以来工作开展情况。');
    expect(hits.map((h) => [h.name, h.counties])).toEqual([
      ['戴圩街道', ['320382']],
      ['邳城镇', ['320382']],
      ['官湖镇', ['320382']],
      ['陈楼镇', ['320382']],
    ]);
  });

  it('reads a list under 乡镇 as towns of either ending, the first item run on from the words before it (js-61)', () => {
    const hits = findTownNames('5月3日，市政协副主席丁永明赴周庄、荻垛两乡镇开展“三走访三促进”活动。');
    expect(hits.map((h) => h.name)).toEqual(['周庄镇', '荻垛镇']);
    expect(hits[0].counties).toContain('321281');
    expect(hits[0].start).toBe('5月3日，市政协副主席丁永明赴'.length);
  });

  it('reads a list whose last item is joined by 和, with an Arabic count and words before the ending (ah-30)', () => {
    const hits = findTownNames('其中,水阳、狸桥、孙埠和水东4个扩权强镇试点镇设立“政协工作委员会”。');
    expect(hits.map((h) => h.name)).toEqual(['水阳镇', '狸桥镇', '孙埠镇', '水东镇']);
    expect(hits[3].start).toBe('其中,水阳、狸桥、孙埠和'.length);
    expect(hits.every((h) => h.counties.includes('341802'))).toBe(true);
  });

  it('finds a town the dataset stores under its county’s name by the name pages give it (ha-393)', () => {
    const hits = findTownNames('9月9日，轵城镇协商议事室、张高峰委员工作室联合开展协商议事活动');
    expect(hits.map((h) => [h.name, h.counties])).toEqual([['轵城镇', ['419001']]]);
  });

  it('finds nothing in text that only ends like a town', () => {
    expect(findTownNames('城乡')).toEqual([]);
  });

  it('reads no township where 乡 starts a word: a place\'s worthies, its folk (ZZZZG gd-54)', () => {
    expect(findTownNames('先后拜访香港历届政协委员和在港知名中山乡彦。').map((h) => h.name)).toEqual([]);
    expect(findTownNames('拜访了中山乡亲。').map((h) => h.name)).toEqual([]);
    expect(findTownNames('县政协委员到中山乡开展调研。').map((h) => h.name)).toEqual(['中山乡']);
  });

  it('reads a Beijing district\'s area office by its name and its township\'s, but not a two-character one (bj-746)', () => {
    expect(findTownNames('委员们先后来到三间房乡东桥村周转房。')).toEqual([{ name: '三间房乡', start: 7, end: 11, counties: ['110105'] }]);
    expect(findTownNames('三间房地区大力度落实“门前三包”责任制。').map((h) => h.counties)).toEqual([['110105']]);
    expect(findTownNames('龙泉地区的茶农。').map((h) => h.name)).toEqual([]);
  });
});
