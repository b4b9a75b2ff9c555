// The entity panel's timeline: what the entity's relations and claims rest on, one line per fact and
// article, by the article's published date (undated articles last), each with its source (outlet, title,
// date). Built from the evidence and claims the panel received (a page of each, see EntityDetails.totals).
import type { ClaimView, EntityDetails, EvidenceItem } from '@kg/graph';
import { el } from './dom.js';
import { sourceText } from './evidence-view.js';

type EntityLink = (id: string, name: string) => HTMLElement;

/** Lines shown before "…and N more". */
const SHOWN = 40;

interface Fact {
  date?: string;
  /** What happened, as a line: "→ ELECTED_TO <entity>", "claim (say) about <entity>". */
  parts: Array<HTMLElement | string>;
  source: EvidenceItem;
  key: string;
}

function relationFacts(d: EntityDetails, link: EntityLink): Fact[] {
  return d.relations.flatMap((r) =>
    r.evidence.map((ev) => ({
      date: ev.documentDate,
      parts: [`${r.direction === 'out' ? '→' : '←'} ${r.type} `, link(r.other.id, r.other.name)],
      source: ev,
      key: `${r.edgeId}@${ev.documentId}`,
    })),
  );
}

function claimFacts(claims: ClaimView[], side: 'said' | 'saidAbout', link: EntityLink): Fact[] {
  return claims.map((c) => {
    const parts: Array<HTMLElement | string> =
      side === 'said'
        ? [
            `claim (${c.verb})${c.about.length ? ' about ' : ''}`,
            ...c.about.flatMap((a, i) => [i ? ', ' : '', link(a.id, a.name)]),
          ]
        : [`claim (${c.verb}) about it by `, link(c.speaker.id, c.speaker.name)];
    return { date: c.sentence.documentDate, parts, source: c.sentence, key: c.id };
  });
}

/** The timeline section, or null when there is nothing to put on it. */
export function renderTimeline(d: EntityDetails, link: EntityLink): HTMLElement | null {
  const seen = new Set<string>();
  const facts = [
    ...relationFacts(d, link),
    ...claimFacts(d.said ?? [], 'said', link),
    ...claimFacts(d.saidAbout ?? [], 'saidAbout', link),
  ].filter((f) => !seen.has(f.key) && seen.add(f.key));
  if (!facts.length) return null;
  // Oldest first; the same day in document and sentence order; undated at the end.
  facts.sort(
    (a, b) =>
      (a.date ?? '~').localeCompare(b.date ?? '~') ||
      a.source.documentId.localeCompare(b.source.documentId) ||
      a.source.index - b.source.index,
  );
  const list = el(
    'ol',
    {},
    facts
      .slice(0, SHOWN)
      .map((f) =>
        el('li', { class: 'fact', attrs: { 'data-date': f.date ?? '' } }, [
          el('time', { text: f.date ?? 'undated', attrs: f.date ? { datetime: f.date } : {} }),
          ...f.parts,
          el('div', { class: 'source', text: `— ${sourceText(f.source)}`, title: f.source.text }),
        ]),
      ),
  );
  if (facts.length > SHOWN) list.append(el('li', { class: 'muted', text: `…and ${facts.length - SHOWN} more` }));
  return el('details', { class: 'timeline', attrs: { open: '' } }, [
    el('summary', { text: `Timeline (${facts.length})` }),
    list,
  ]);
}
