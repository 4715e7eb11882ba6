/**
 * Joint practices: a section whose first act is several committees' together
 * (`昭通、毕节、泸州、遵义四市政协联合举办…`, places sharing one 政协 included) is each one's practice,
 * so each gets its own attribution over the same text. Where they meet in one member's territory
 * (`在宁夏回族自治区固原市召开的…会议上，陕西、甘肃…五省区政协…`), that member hosts and the practice is
 * its own; the others take part, unless they organise it together (`联合举办`, `共同主办`), when it is each
 * one's, unless again the page is one member's own telling it on that member's ground. Pure.
 */
import { jointActors, organisedTogether, venues } from '../regions/actors';
import { attributeRegion, type ArticleContext, type RegionAttribution, type SectionText } from '../regions/attribute-region';
import { contains } from '../regions/gazetteer';

/** The writer's own ground named as the venue (`在我市邓小平图书馆开幕`). */
const HERE = /在我[省市县区州旗]/;
/** Strongest ranks of home evidence (article-context.ts): a committee's own site or sign-off, the publisher, the site's owner. */
const OWN_PAGE_RANK = 2;

/**
 * The attributions of `section`: one per committee acting jointly where its first act is a joint
 * one, else `[single]` (the section's own attribution).
 */
export function jointAttributions(section: SectionText, article: ArticleContext, single: RegionAttribution): RegionAttribution[] {
  const members = jointActors([...section.heading, ...section.body.split('\n')]);
  if (members.length < 2) return [single];
  const names = members.map((m) => m.name).join('、');
  const seen = new Set<string>();
  const joint = members.flatMap((m) => {
    // Each member read as if its name headed the section: its place resolved with the section's context.
    const a = attributeRegion({ heading: [m.name], body: section.body, article, single: false });
    const key = a.region.code ?? a.committee;
    if (seen.has(key)) return [];
    seen.add(key);
    // A place that shares another's 政协 (`昭通、毕节…四市政协`) was never written with it: name it in full.
    const committee = !m.text.endsWith('政协') && a.region.name ? `${a.region.name}政协` : a.committee;
    return [{ ...a, committee, attribution: { ...a.attribution, note: `${a.attribution.note}; one of ${members.length} committees acting jointly (${names})` } }];
  });
  const held = venues(section.body);
  // (Organised together, `联合举办`, `共同主办`, it is each one's wherever it is held: unless the page is one
  // member's own, its site or paper, telling the event on that member's ground, where it is that member's
  // and the others are its partners (`由广安市政协、广元市政协…联合举办的…书画联展广安巡展在我市…开幕` on
  // 广安新闻网). A member's own page telling the event held on another's ground tells both (鲁琼 in 海口).)
  if (organisedTogether([...section.heading, ...section.body.split('\n')], members)) {
    const own = (article.home ?? []).filter((e) => e.rank <= OWN_PAGE_RANK && !e.reading);
    // (Where the section first says it is held: a later venue is another of its stops.)
    const here = (code: string) => (held.length ? contains(code, held[0]) : HERE.test(section.body));
    // (A page several members sign, `供稿：鄂尔多斯市政协、包头市政协`, is each one's.)
    const mine = joint.filter((a) => a.region.code && own.some((e) => contains(a.region.code!, e.code)));
    return mine.length === 1 && here(mine[0].region.code!) ? mine : joint;
  }
  const host = joint.filter((a) => a.region.code && held.some((v) => contains(a.region.code!, v)));
  return host.length === 1 ? host : joint;
}
