import { z } from 'astro/zod';

const words = z.array(z.string().min(1)).min(1);

/** The cue words of src/content/cues.yaml (what each list means is said there). */
export const cuesSchema = z.strictObject({
  openers: words,
  actorAfter: words,
  visitBefore: words,
  hostAfter: words,
  partnerBefore: words,
  partnerAdjacent: words,
  referenceBefore: words,
  attendance: words,
  affiliation: words,
  officials: words,
  committeePeople: words,
  committeeHostWords: words,
  genericHostLabels: words,
  hostBrandPrefixes: words,
  nationalMediaStems: words,
  hostSpellings: z.record(z.string(), z.string().regex(/^\d{6}$/)),
  tripWords: words,
  studyTripWords: words,
  accompanyBefore: words,
  notActs: words,
  unitedFrontPosts: words,
  executivePosts: words,
  organisationWords: words,
  chronicleWords: words,
  sidebarWords: words,
  speechWords: words,
  sayWords: words,
  receptionWords: words,
  venueWords: words,
  mourningWords: words,
  guestParties: words,
  partyBodies: words,
  partyBodiesAbbreviated: words,
  peoplesBodies: words,
  peoplesBodiesFullNames: z.record(z.string().min(2), z.string().min(2)).default({}),
  guestWords: words,
  ownGroundWords: words,
  learnElsewhereWords: words,
  ownScopeAfter: words,
  ownScopeBefore: words,
  otherPlaceWork: words,
  relayWords: words,
  newsFrom: words,
  ownActs: words,
  otherPosts: words,
  otherBodies: words,
  notPlaceWords: words,
  notTownWords: words,
  guestAttendance: words,
  receivedWork: words,
  partnerAfter: words,
  joinedWords: words,
  committeeKindWords: words,
  eventWords: words,
  consultationBrands: words,
  specialCommittees: words,
  wordShortNames: words,
  provinceCharacters: z.record(z.string().length(1), z.string().regex(/^\d{2}0000$/, 'a province code (six digits ending 0000)')),
  placeAliases: z.record(z.string().min(2), z.string().regex(/^\d{6}$/, 'a division code (six digits)')),
  townsOfCitiesWithoutCounties: z.record(z.string().regex(/^\d{6}$/, 'a division code (six digits)'), words),
  /** National outlets whose names read as a place when a province follows (`中新` of `中新河南网`, not 新河县). */
  nationalMedia: words.default([]),
  /** A province's or a city's news portal or paper whose name is no place's -> its region (`华龙网`: 500000, `西江日报`: 441200). */
  mediaBrands: z.record(z.string().min(2), z.string().regex(/^\d{4}00$/, 'a province or prefecture code (six digits ending 00)')).default({}),
  /** Characters written for another in place names (`陜` for `陕`): variant -> the standard character. */
  variantCharacters: z.record(z.string().length(1), z.string().length(1)).default({}),
  provinceAbbreviations: z.record(z.string().length(1), z.string().regex(/^\d{2}0000$/, 'a province code (six digits ending 0000)')),
  /** A province's news portal's registered domain -> the province (`rednet.cn`: 430000). */
  mediaHosts: z.record(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'a domain name in lower case'), z.string().regex(/^\d{2}0000$/, 'a province code (six digits ending 0000)')).default({}),
  /** A local paper's or station's site whose address settles no place -> its region (`zzxw.net`: 500233). */
  localMediaHosts: z.record(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'a domain name in lower case'), z.string().regex(/^\d{6}$/, 'a division code (six digits)')).default({}),
  /** A committee's own site whose address settles no place -> the committee's region (`ssxzx.gov.cn`: 340826). */
  committeeSites: z.record(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'a host name in lower case'), z.string().regex(/^\d{6}$/, 'a division code (six digits)')).default({}),
  /** CNNIC's regional domains (`sh` of `bzx.baoshan.sh.cn`) -> the province. */
  regionalDomains: z.record(z.string().regex(/^[a-z]{2}$/), z.string().regex(/^\d{2}0000$/, 'a province code (six digits ending 0000)')).default({}),
  itemDates: z.array(
    z.string().refine((s) => {
      try {
        new RegExp(s, 'u');
        return true;
      } catch {
        return false;
      }
    }, 'not a valid regular expression'),
  ),
});
export type Cues = z.infer<typeof cuesSchema>;
