import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, policyCoversInlineScripts, scriptHash, withContentSecurityPolicy } from '../../../src/lib/csp';

const page = (head: string) => `<!doctype html><html><head><meta charset="utf-8" />${head}</head><body><script type="module" src="/_astro/x.js"></script></body></html>`;

describe('withContentSecurityPolicy', () => {
  it('lists the hash of each inline script, and none for scripts loaded from the site', () => {
    const html = withContentSecurityPolicy(page('<script>var a=1</script>'));
    const policy = /content="([^"]*)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))![1];
    expect(policy).toBe(contentSecurityPolicy([scriptHash('var a=1')]));
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
  });

  it('replaces a policy already there, so running it twice changes nothing', () => {
    const once = withContentSecurityPolicy(page('<script>var a=1</script>'));
    expect(withContentSecurityPolicy(once)).toBe(once);
    expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('lets the offline copy load files and Pagefind from blob:, nothing from the network', () => {
    const offline = contentSecurityPolicy([], 'offline');
    expect(offline).toContain("script-src 'self' file: blob: 'wasm-unsafe-eval'");
    expect(offline).not.toMatch(/https?:|\*/);
  });
});

describe('policyCoversInlineScripts', () => {
  const page = (scripts: string[], listed: string[]) =>
    `<!doctype html><html><head><meta charset="utf-8">${listed.length || scripts.length ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(listed.map(scriptHash))}">` : ''}</head><body>${scripts.map((s) => `<script>${s}</script>`).join('')}<script type="module" src="/a.js"></script></body></html>`;

  it('is true when the policy lists every inline script the page has', () => {
    expect(policyCoversInlineScripts(page(['a()'], ['a()']))).toBe(true);
    expect(policyCoversInlineScripts(page([], ['a()']))).toBe(true);
  });

  it('is false for an inline script the policy does not list, or a page without a policy', () => {
    expect(policyCoversInlineScripts(page(['a()', 'b()'], ['a()']))).toBe(false);
    expect(policyCoversInlineScripts('<html><head></head><body></body></html>')).toBe(false);
    // What the build then does: the policy made from the scripts the page has covers them.
    expect(policyCoversInlineScripts(withContentSecurityPolicy(page(['a()', 'b()'], ['a()'])))).toBe(true);
  });
});
