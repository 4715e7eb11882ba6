import { attributeRegion } from './src/pipeline/regions/attribute-region';
const cases = [
  '近日，赣州市十届政协召开第十五次常委会议。',
  '政协会同县第十届委员会第三次会议于3月5日开幕。',
  '三江县政协组织委员开展视察。',
  '三江政协组织委员开展视察活动，推进三江侗族自治县旅游发展。',
  '近日，东区政协召开主席会议，研究中山市东区街道工作。',
  '政协临夏州委员会组织委员赴和政县调研。',
  '政协宁波市鄞州区委员会召开常委会议。',
  '鄞州区政协召开常委会议，区政协主席主持。',
  '延边州政协召开协商会。',
  '黔东南州政协召开主席会议。',
  '县政协召开常委会议，推进我县乡村振兴。来源：会同县融媒体中心',
];
for (const body of cases) {
  const r = attributeRegion({ heading: [], body, article: { body } });
  console.log(r.region.code, r.region.name, '|', r.committee, '|', body.slice(0, 30));
}
