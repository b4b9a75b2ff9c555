// A named provision of a named document is part of it: "the Due Process Clause of the United States
// Constitution", "the First Amendment to the Constitution", "Title IX of the Education Act" → PART_OF. Both
// ends are names; the first ends on a word for a division of a text and the second on a word for a kind of
// document, so "the Bank of England" or "the Treaty of Rome's signatories" stay out.
import type { RelationRule, TripleDraft } from '../rule.js';

/** Divisions of a text ("clause" of a constitution, "article" of a treaty). */
const PART_HEADS = new Set(
  'clause clauses article articles section sections amendment amendments chapter chapters title provision provisions protocol annex preamble paragraph'.split(
    ' ',
  ),
);
/** Kinds of document that have such divisions. */
const DOCUMENT_HEADS = new Set(
  'constitution charter treaty convention act code statute covenant declaration accord accords agreement'.split(' '),
);
const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);

export const documentPart: RelationRule = {
  name: 'document-part',
  descriptive: true,
  description:
    'a named provision of a named document ("the Equal Rights Clause of the Harbour Charter", "the Fifth Amendment to the Constitution")',
  example: 'The court cited the Equal Rights Clause of the Harbour Charter.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((t, k) => {
      if (t.normal !== 'of' && t.normal !== 'to') return;
      const part = entityAt[k - 1];
      if (!part || entityAt[k] === part || !PART_HEADS.has(toks[k - 1].normal) || hasBreak(toks[k - 1].post)) return;
      // "to" joins only amendments to their document ("Article 5 to the press" is no part).
      if (t.normal === 'to' && !/^amendments?$/.test(toks[k - 1].normal)) return;
      const start = toks[k + 1]?.normal === 'the' ? k + 2 : k + 1;
      const doc = entityAt[start];
      if (!doc || doc === part || hasBreak(t.post)) return;
      let end = start;
      while (entityAt[end + 1] === doc) end++;
      // The document's name ends on its kind and owns nothing after it ("the Constitution's framers" is no document).
      if (!DOCUMENT_HEADS.has(toks[end].normal.replace(/['’]s?$/, '')) || /['’]/.test(toks[end].text)) return;
      if (/^['’]/.test(toks[end].post)) return;
      let from = k - 1;
      while (entityAt[from - 1] === part) from--;
      // A name of two words or more ("the Fifth Amendment"): a lone "Amendment" cut from "the 25th Amendment",
      // or a proposed "amendment", is no node for the provision.
      if (from === k - 1 || view.types.get(part) === 'Concept' || !/^\p{Lu}/u.test(toks[from].text)) return;
      out.push({
        subject: part,
        object: doc,
        predicate: { type: 'PART_OF', lemma: toks[k - 1].normal.replace(/s$/, ''), text: view.slice(from, end) },
        confidence: 0.75,
        from,
        to: end,
      });
    });
    return out;
  },
};
