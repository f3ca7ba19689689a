// A finding's stable fingerprint: the same gap keeps it when lines move (rule id, file, profile path), so that
// SARIF and GitLab alerts survive edits. cyrb53 (a 53-bit hash): no node:crypto, so that formats stay in the core.
import { findingKey } from '../findings/findings.js';

export function fingerprint(ruleId: string, file: string, profilePath: string): string {
  const text = `${ruleId}\u0000${file}\u0000${profilePath}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The fingerprints of a file's findings, from each finding's key (SPEC §4): several findings of one rule on one node
 * are told apart by what they name (`strategie.actions[prevention]`), never by a rank that shifts when one of them is
 * fixed. Findings read back from JSON have no key: a rank then tells the rare identical ones apart.
 */
export function fingerprintsOf(file: string, findings: ReadonlyArray<{ ruleId: string; path: string; key?: string }>): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = findingKey(finding);
    const id = `${finding.ruleId}\u0000${key}`;
    const rank = seen.get(id) ?? 0;
    seen.set(id, rank + 1);
    return fingerprint(finding.ruleId, file, rank === 0 ? key : `${key}#${rank}`);
  });
}
