import { describe, expect, it } from 'vitest';
import { isPinyinSyllable, stripPinyin } from '../../../src/pipeline/text/strip-pinyin';
import { sourceLine, sourceText } from './corpus';

const strip = (s: string) => stripPinyin(s).text;

describe('stripPinyin', () => {
  it('removes readings glued after characters (000, 004)', () => {
    expect(strip('首頁>協(xié)商>政協(xié)動態(tài)')).toBe('首頁>協商>政協動態');
    expect(strip('人民政協(xié)網(wǎng)北京6月14日電 (記者 包松婭)')).toBe('人民政協網北京6月14日電 (記者 包松婭)');
    expect(strip('關(guān)鍵詞:政協(xié) 區(qū)政 委員 協(xié)商 工作')).toBe('關鍵詞:政協 區政 委員 協商 工作');
  });

  it('takes the space after each reading with it on a page that writes every reading so (xz-76)', () => {
    const page = '拉薩官方27日召開“兩(liang) 會(hui) ”新聞發布會(hui) ,公布拉薩市第十二屆人民代表大會(hui) 第五次會(hui) 議將於(yu) 12月28日舉(ju) 行。';
    expect(strip(page)).toBe('拉薩官方27日召開“兩會”新聞發布會,公布拉薩市第十二屆人民代表大會第五次會議將於12月28日舉行。');
    // Where only some readings have one, the space is the page's own (a name, a menu's gap).
    expect(strip('政協(xié) 孫澤紅主持會議(yì),協(xié)商議(yì)事(shì)。')).toBe('政協 孫澤紅主持會議,協商議事。');
  });

  it('removes a reading whose closing parenthesis a mirror set after a space (sc-33, ZZZZZZZZZZZZZZZZZH sc-314)', () => {
    expect(strip('政協(xié)甘孜州第十三屆委員會(huì )第二次會(huì )議今(3)日開(kāi)幕。')).toBe('政協甘孜州第十三屆委員會第二次會議今(3)日開幕。');
    expect(strip('“善舉濟世、樂(lè )善互助”')).toBe('“善舉濟世、樂善互助”');
  });

  it('records each reading and where its character now ends', () => {
    const r = stripPinyin('西城區(qū)政協(xié):');
    expect(r.text).toBe('西城區政協:');
    expect(r.changes).toEqual([
      { kind: 'pinyin-reading', at: 3, from: '(qū)', to: '' },
      { kind: 'pinyin-reading', at: 9, from: '(xié)', to: '' },
    ]);
    expect(r.readings).toEqual([
      { at: 3, reading: 'qū' },
      { at: 5, reading: 'xié' },
    ]);
  });

  it('removes readings after mojibake: a stray trail byte, a `?`, a `?` that swallowed the parenthesis', () => {
    expect(strip('助力西城高質(zhì)量發(fā)展?!北本┦形鞒菂^(qū)政協(xié)有關(guān)工作負責(z')).toBe(
      '助力西城高質量發展?!北本┦形鞒菂^政協有關工作負責(z',
    );
    expect(strip('講壇’三位一體學(xué)習(xí)品牌?!睋?jù)區(qū)政協(xié)有關(guān)工')).toBe('講壇’三位一體學習品牌?!睋?區政協有關工');
    expect(strip('激勵委員更好履職?!搬槍π乱粚谜f(xié)委員中一批專家、學(xué)者')).toBe('激勵委員更好履職?!搬槍π乱粚谜f委員中一批專家、學者');
    expect(strip('就所從事的專門領(lǐng)域或?qū)I(yè)特長、履職實踐')).toBe('就所從事的專門領域或?I特長、履職實踐');
  });

  it('keeps real parentheses', () => {
    const kept = [
      sourceLine('001', '街道(开发区)工作情况通报'),
      sourceLine('001', '纪委监委派驻(出)机构'),
      sourceLine('003', '联系县(市、区)政协和界别'),
      '积极推行委员值班APP软件(APP)',
      '制定《委员履职管理办法》(2019)',
      '研究起草《中共武漢市委關于加強和改進市區政協工作的實施意見》(代擬稿)',
      'gross domestic product (GDP) and (a) list (e)',
    ];
    for (const line of kept) expect(strip(line)).toBe(line);
  });

  it('leaves no reading in the bundled corpus and keeps every other character', () => {
    for (const id of ['000', '004']) {
      const text = sourceText(id);
      const r = stripPinyin(text);
      expect(r.text).not.toMatch(/[(（]?[a-zü\u00e0-\u00fc\u0101-\u01dc]{1,6}[)）]/);
      expect(r.text.length + r.changes.reduce((n, c) => n + c.from.length, 0)).toBe(text.length);
    }
    for (const id of ['001', '002', '003']) expect(stripPinyin(sourceText(id)).changes).toEqual([]);
  });

  it('is idempotent, also when one character carries two readings', () => {
    expect(strip('區(qū)(qū)政協')).toBe('區政協');
    const once = strip(sourceText('000'));
    expect(strip(once)).toBe(once);
  });

  it('accepts only real syllables', () => {
    for (const s of ['xié', 'qū', 'wǎng', 'zhuǎn', 'lǜ', 'nüè', 'lve', 'de', 'er', 'ā', 'zhuang']) expect(isPinyinSyllable(s), s).toBe(true);
    for (const s of ['a', 'e', 'o', 'app', 'gdp', 'xiā́', 'tin', 'fai', 'bv', 'qü', 'ok', '']) expect(isPinyinSyllable(s), s).toBe(false);
  });
});
