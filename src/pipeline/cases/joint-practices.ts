/**
 * Joint practices: a section whose first act is several committees' together
 * (`昭通、毕节、泸州、遵义四市政协联合举办…`, places sharing one 政协 included) is each one's practice,
 * so each gets its own attribution over the same text. Where they meet in one member's territory
 * (`在宁夏回族自治区固原市召开的…会议上，陕西、甘肃…五省区政协…`), that member hosts and the practice is
 * its own; the others take part, unless they organise it together (`联合举办`, `共同主办`). Pure.
 */
import { jointActors, organisedTogether, venues } from '../regions/actors';
import { attributeRegion, type ArticleContext, type RegionAttribution, type SectionText } from '../regions/attribute-region';
import { contains } from '../regions/gazetteer';

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
  // (Organised together, `联合举办`, `共同主办`, it is each one's wherever it is held.)
  if (organisedTogether([...section.heading, ...section.body.split('\n')], members)) return joint;
  const held = venues(section.body);
  const host = joint.filter((a) => a.region.code && held.some((v) => contains(a.region.code!, v)));
  return host.length === 1 ? host : joint;
}
