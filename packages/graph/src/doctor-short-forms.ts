// The doctor's short forms kept apart: a lone word resolution could take for a person's family name, with the
// full names it could stand for. Conservative, because each entry comes with a merge command: a candidate
// is a person whose name looks personal ("Natural Law" typed Person is no one's full name), the family name
// is read as the extractor reads it ("Bashar al-Assad" → "Assad"), and "likely X" is said only when exactly
// one candidate remains and the short form was itself read as a person ("Bloomberg" the news agency is not
// Michael Bloomberg).
import { familyName } from '@kg/extractor/names';
import { ordinaryWord } from './load-lexicon.js';
import type { IdentityNode, NodeRef } from './doctor-report.js';
import { key } from './node-keys.js';
import { couldBeSurname } from './resolve-rules.js';
import { vetoedPair, type Veto } from './resolve-entities.js';

export interface ShortFormEntry {
  node: NodeRef;
  candidates: NodeRef[];
  reason: string;
  fix: string;
}

const q = (s: string) => JSON.stringify(s);

/** Entries for `all`, given how nodes are ordered and shown; a pair the alias file vetoes is no candidate. */
export function shortForms(
  all: IdentityNode[],
  byWeight: (a: IdentityNode, b: IdentityNode) => number,
  ref: (n: IdentityNode) => NodeRef,
  veto: Veto = [],
): ShortFormEntry[] {
  const surnames = new Map<string, IdentityNode[]>();
  for (const n of all) {
    if (n.type !== 'Person') continue;
    for (const name of n.names) {
      const words = name.split(' ');
      if (words.length < 2 || ordinaryWord(words[0])) continue;
      const s = key.surname(familyName(name));
      if (!surnames.get(s)?.includes(n)) surnames.set(s, [...(surnames.get(s) ?? []), n]);
    }
  }
  const out: ShortFormEntry[] = [];
  for (const n of all) {
    const strong = (n.votes[n.type]?.strong ?? 0) > 0;
    if (!couldBeSurname(n.name, n.type, strong)) continue;
    const candidates = (surnames.get(key.surname(n.name)) ?? [])
      .filter((c) => c !== n && !vetoedPair(veto, n.name, c.name))
      .sort(byWeight);
    const [first] = candidates;
    if (!first) continue;
    if (candidates.length > 1) {
      out.push({
        node: ref(n),
        candidates: candidates.map(ref),
        reason: `could be ${candidates.map((c) => c.name).join(' or ')}`,
        fix: `kg aliases add ${q(n.name)} ${q(first.name)} (only if every "${n.name}" means ${first.name})`,
      });
    } else if (n.type === 'Person' || n.votes.Person) {
      out.push({
        node: ref(n),
        candidates: [ref(first)],
        reason: `likely ${first.name}, not merged: the short form came first or was typed ${n.type}`,
        fix: `kg aliases add ${q(n.name)} ${q(first.name)}`,
      });
    }
  }
  return out;
}
