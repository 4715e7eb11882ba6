// Adds lockfile entries for platform-specific optional dependencies that the registry mirror on
// these machines does not serve (e.g. @pagefind/darwin-arm64). npm 11 leaves them out of
// package-lock.json when it cannot fetch their manifests, and `npm ci` then refuses the lockfile
// as out of sync (npm/cli#9846). The placeholder names the version the parent asks for and is
// marked optional: on Linux npm skips it; elsewhere npm resolves it from the registry.
// Run `node scripts/complete-lockfile.mjs` after any `npm install` that changes dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const added = [];
for (const [at, info] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(info.optionalDependencies ?? {})) {
    const nested = at ? `${at}/node_modules/${name}` : `node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (packages[nested] || packages[top]) continue;
    packages[top] = { version: String(spec).replace(/^[\^~=]/, ''), optional: true, ...(info.dev ? { dev: true } : {}) };
    added.push(`${name}@${spec}`);
  }
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(added.length ? `complete-lockfile: added ${added.length} placeholders: ${added.join(', ')}` : 'complete-lockfile: nothing to add');
