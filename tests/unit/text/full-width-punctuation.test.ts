import { describe, expect, it } from 'vitest';
import { toFullWidthPunctuation } from '../../../src/pipeline/text/full-width-punctuation';
import { stripPinyin } from '../../../src/pipeline/text/strip-pinyin';
import { sourceLine, sourceText } from './corpus';

const fw = (s: string) => toFullWidthPunctuation(s).text;

describe('toFullWidthPunctuation', () => {
  it('converts punctuation in Chinese prose (002)', () => {
    expect(fw('发布时间:2022-09-19 10:01:02 来源:民主协商新闻网')).toBe('发布时间：2022-09-19 10:01:02 来源：民主协商新闻网');
    expect(
      fw('紧扣市委、市政府“以工业化理念谋划农业”的思路,聚力园区建设;依托各专委会开展了“新能源产业发展”等5项专题调研协商'),
    ).toBe('紧扣市委、市政府“以工业化理念谋划农业”的思路，聚力园区建设；依托各专委会开展了“新能源产业发展”等5项专题调研协商');
  });

  it('converts parentheses whose content or neighbour is Chinese', () => {
    expect(fw('人民政協網北京6月14日電 (記者 包松婭)')).toBe('人民政協網北京6月14日電 （記者 包松婭）');
    expect(fw('听取区纪委区监委、区“法检”两院及有关重点部门、街道(开发区)工作情况通报')).toBe(
      '听取区纪委区监委、区“法检”两院及有关重点部门、街道（开发区）工作情况通报',
    );
    expect(fw('将政协“民生议事堂”、委员工作室与纪委监委派驻(出)机构融合互通')).toBe(
      '将政协“民生议事堂”、委员工作室与纪委监委派驻（出）机构融合互通',
    );
    expect(fw('开发委员履职管理APP,建立履职档案')).toBe('开发委员履职管理APP，建立履职档案');
    expect(fw('国内生产总值(GDP)增长')).toBe('国内生产总值（GDP）增长');
  });

  it('converts a parenthesis cut off by a line break (003: 县(市、 / 区))', () => {
    expect(fw('完善党建制度,制定政协党组成员联系县(市、\n\n区)政协党建工作')).toBe(
      '完善党建制度，制定政协党组成员联系县（市、\n\n区）政协党建工作',
    );
  });

  it('leaves numbers, times, dates, URLs, e-mail and Latin text alone', () => {
    for (const s of [
      '10:01:02',
      '2022-09-19',
      '6-8次',
      '“1+2+6”',
      '1.2万',
      '1,000',
      'https://www.rmzxb.com.cn/a?b=1,2;c=3',
      'editor@rmzxb.com.cn',
      'gross domestic product (GDP), growth: 5%!',
      '⟨拾山區?⟩',
      '⟨?⟩',
    ]) expect(fw(s)).toBe(s);
    expect(fw('网址:https://www.rmzxb.com.cn/?a=1')).toBe('网址：https://www.rmzxb.com.cn/?a=1');
  });

  it('converts question and exclamation marks after Chinese', () => {
    expect(fw('如何檢驗這幾年的貫徹成效,防止虎頭蛇尾,走過場?湖北省政協')).toBe('如何檢驗這幾年的貫徹成效，防止虎頭蛇尾，走過場？湖北省政協');
    expect(fw('真好!')).toBe('真好！');
  });

  it('records each change and is idempotent on the corpus (readings removed first, as in the pipeline)', () => {
    expect(toFullWidthPunctuation('协商,议政').changes).toEqual([{ kind: 'full-width', at: 2, from: ',', to: '，' }]);
    for (const id of ['000', '001', '002', '003', '004']) {
      const once = fw(stripPinyin(sourceText(id)).text);
      expect(toFullWidthPunctuation(once).changes).toEqual([]);
      expect(once).not.toMatch(/\p{Script=Han}[,;!?]|[,;!?]\p{Script=Han}/u);
    }
    expect(fw(sourceLine('003', '全体动员抓创成'))).not.toContain(',');
  });
});
