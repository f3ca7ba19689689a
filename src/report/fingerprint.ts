// A finding's stable fingerprint: the same gap keeps it when lines move (rule id, file, profile path), so that
// SARIF and GitLab alerts survive edits. cyrb53 (a 53-bit hash): no node:crypto, so that formats stay in the core.
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
 * The fingerprints of a file's findings: several findings of one rule on one node (one per missing category) get
 * their rank among them (stable: they are sorted by message), so that no two share a fingerprint.
 */
export function fingerprintsOf(file: string, findings: ReadonlyArray<{ ruleId: string; path: string }>): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.ruleId}\u0000${finding.path}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return fingerprint(finding.ruleId, file, rank === 0 ? finding.path : `${finding.path}#${rank}`);
  });
}
