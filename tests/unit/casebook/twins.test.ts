import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestTwins, hanText } from '../../../scripts/lib/twins';

const real = (base: string) => readFileSync(join(__dirname, '../../fixtures/real', `${base}.txt`), 'utf8');

describe('twins in the development set', () => {
  // A set article (sx-875, a 沁县 page) and the same story as a mirror would carry it: readings glued
  // in, Traditional characters, other spacing.
  const simplified = real('sx-875-qinxian-xiaofanzhuo');
  const mirror = simplified.replace(/县政协/g, '縣政協(xié)').replace(/调研/g, '調研').replace(/\n/g, '\n\n  ');

  it('reads an article as its Simplified Han characters alone', () => {
    expect(hanText('縣政協(xié)召開會議, 2024年')).toBe('县政协召开会议年');
  });

  it('finds a mirror of a set article as its twin, and a report of another story as none', () => {
    const set = [
      { name: 'sx-875-qinxian-xiaofanzhuo', text: simplified },
      { name: 'tj-177-shizhengxie-bimu-big5', text: real('tj-177-shizhengxie-bimu-big5') },
    ];
    const [mirrored] = closestTwins([{ name: 'new-mirror', text: mirror }], set);
    expect(mirrored.other).toBe('sx-875-qinxian-xiaofanzhuo');
    expect(mirrored.share).toBeGreaterThan(0.9);
    // Another year's closing of the same committee's session shares its set phrases, far from a twin.
    const [closing] = closestTwins([{ name: 'tj-870-shi-bimu-big5', text: real('tj-870-shi-bimu-big5') }], set);
    expect(closing.other).toBe('tj-177-shizhengxie-bimu-big5');
    expect(closing.share).toBeLessThan(0.3);
  });
});
