// doctorReport(): what in a graph's identity needs a look, the same for every store: names held by more
// than one node, short forms that could mean several people, type conflicts with their votes, isolated
// nodes and the largest alias sets, each with the `kg` command that fixes it.
import type { AliasRules } from '@kg/extractor';
import type { TypeVotes } from './derive-node.js';
import { compatibleTypes, isNamed, nameKey } from './node-keys.js';
import { shortForms } from './doctor-short-forms.js';

/** One node as the doctor reads it (from either store). */
export interface IdentityNode {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  votes: TypeVotes;
  /** The names documents gave it themselves (not short forms resolved into it), normalised (nameKey). */
  names: string[];
  /** Relationships to other entities. */
  degree: number;
  documents: number;
}

export interface NodeRef {
  id: string;
  name: string;
  type: string;
  documents: number;
}

export interface DoctorReport {
  nodes: number;
  /** Names also written as a common noun by another node ("Army" / "army"): listed by count only. */
  commonNouns: number;
  /** Names (normalised) held by more than one node, with why they were not merged. */
  duplicates: Array<{ name: string; nodes: NodeRef[]; reason: string; fix: string }>;
  /** Short forms kept apart: they could mean several full names (Clinton: Bill or Hillary), or came first. */
  ambiguous: Array<{ node: NodeRef; candidates: NodeRef[]; reason: string; fix: string }>;
  typeConflicts: Array<{ node: NodeRef; votes: TypeVotes; fix: string }>;
  isolated: { count: number; nodes: NodeRef[]; fix: string };
  aliasSets: Array<{ node: NodeRef; aliases: string[]; fix: string }>;
}

export interface DoctorOptions {
  /** Entries per list (default 20). */
  limit?: number;
  /** The alias file, so vetoed pairs are explained as such. */
  aliases?: AliasRules | null;
}

const q = (s: string) => JSON.stringify(s);
const ref = (n: IdentityNode): NodeRef => ({ id: n.id, name: n.name, type: n.type, documents: n.documents });
const byWeight = (a: IdentityNode, b: IdentityNode) => b.documents - a.documents || a.id.localeCompare(b.id);

function duplicateReason(nodes: IdentityNode[], rules: AliasRules | null | undefined): string {
  const types = [...new Set(nodes.map((n) => n.type))];
  const named = nodes.every((n) => isNamed(n.type, n.name));
  const vetoed = (rules?.veto ?? []).some((v) =>
    nodes.some((a) =>
      nodes.some((b) => a !== b && a.names.includes(nameKey(v.alias)) && b.names.includes(nameKey(v.canonical))),
    ),
  );
  if (vetoed) return 'kept apart by a veto in the alias file';
  if (!named && !types.every((t) => types.every((u) => compatibleTypes(t, u))))
    return `types ${types.join(' and ')} are never merged automatically`;
  return 'resolved apart (an ambiguous short form, or written before this name was known)';
}

export function doctorReport(all: IdentityNode[], options: DoctorOptions = {}): DoctorReport {
  const limit = options.limit ?? 20;
  const byName = new Map<string, IdentityNode[]>();
  for (const n of all) for (const k of new Set(n.names)) byName.set(k, [...(byName.get(k) ?? []), n]);
  const duplicates: DoctorReport['duplicates'] = [];
  let commonNouns = 0;
  for (const group of byName.values()) {
    // A common noun ("army") beside a name ("Army") is two words, not one thing split.
    const names = group.filter((n) => isNamed(n.type, n.name));
    const nodes = names.length > 1 ? names : group.filter((n) => !isNamed(n.type, n.name));
    if (group.length > 1 && nodes.length < 2) commonNouns++;
    if (nodes.length < 2) continue;
    const [main, ...rest] = [...nodes].sort(byWeight);
    duplicates.push({
      name: main.name,
      nodes: [main, ...rest].map(ref),
      reason: duplicateReason(nodes, options.aliases),
      fix: rest.map((r) => `kg aliases add ${q(r.name)} ${q(main.name)} --type ${main.type}`).join('; '),
    });
  }
  const ambiguous = shortForms(all, byWeight, ref, options.aliases?.veto ?? []);
  const typeConflicts = all
    .filter((n) => Object.keys(n.votes).length > 1)
    .sort(byWeight)
    .map((n) => {
      const wrong = Object.keys(n.votes).filter((t) => t !== n.type);
      return {
        node: ref(n),
        votes: n.votes,
        fix: `kg aliases add ${q(n.name)} ${q(n.name)} --type ${n.type} and re-import its articles (pins the type; ${wrong.join(', ')} outvoted now)`,
      };
    });
  const isolated = all.filter((n) => n.degree === 0).sort(byWeight);
  const aliasSets = all
    .filter((n) => n.aliases.length > 0)
    .sort((a, b) => b.aliases.length - a.aliases.length || byWeight(a, b))
    .slice(0, limit)
    .map((n) => ({
      node: ref(n),
      aliases: n.aliases,
      fix: `kg aliases split ${q(n.id)} ${q(n.aliases[0])} (for an alias that is not ${n.name})`,
    }));
  return {
    nodes: all.length,
    commonNouns,
    duplicates: duplicates.sort((a, b) => b.nodes.length - a.nodes.length || a.name.localeCompare(b.name)),
    ambiguous: ambiguous.sort(
      (a, b) => b.candidates.length - a.candidates.length || a.node.name.localeCompare(b.node.name),
    ),
    typeConflicts: typeConflicts.slice(0, limit),
    isolated: {
      count: isolated.length,
      nodes: isolated.slice(0, limit).map(ref),
      fix: 'nothing to do unless the name is noise: kg delete-document <id> removes a document and what only it said',
    },
    aliasSets,
  };
}
