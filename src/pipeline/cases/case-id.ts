/**
 * The shape of a case id, `<source id>-<hash>[-n]` (caseId in build-cases.ts makes them: the hash
 * is the first hex digits of the SHA-1 of the section's first line, -n only on a collision). Pure
 * and dependency-free: the browser reads it too.
 */
export const CASE_HASH_LENGTH = 6;

const CASE_ID = new RegExp(`^(.+)-[0-9a-f]{${CASE_HASH_LENGTH}}(?:-\\d+)?$`);

/**
 * The source id inside a case id (caseId's inverse): the site files cases by their article, and a
 * shared link names only case ids. Null for a string caseId cannot have made.
 */
export function sourceIdOfCase(id: string): string | null {
  return CASE_ID.exec(id)?.[1] ?? null;
}
