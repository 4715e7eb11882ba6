/**
 * The order of a search filter's options, the same as the site lists things: most cases first for
 * provinces, cities, functions and mechanisms (the order of the mechanism index and the home
 * page), newest first for years, the levels top down. Ties in Chinese collation. Pure.
 */
export function orderOptions(key: string, counts: Readonly<Record<string, number>>, levelOrder: readonly string[]): string[] {
  const values = Object.keys(counts);
  const collator = new Intl.Collator('zh-CN');
  if (key === 'year') return values.sort((a, b) => Number(b) - Number(a));
  if (key === 'level') return values.sort((a, b) => levelOrder.indexOf(a) - levelOrder.indexOf(b));
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b));
}

/** `河北省（3）` */
export const optionLabel = (value: string, count: number) => `${value}（${count}）`;
