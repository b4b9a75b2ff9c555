// One evidence sentence, with the subject and object mentions marked, and its source: outlet, article, date.
import type { EvidenceItem, Span } from '@kg/graph';
import { el } from './dom.js';

function findSpan(text: string, name: string | undefined): Span | undefined {
  if (!name) return undefined;
  const i = text.toLowerCase().indexOf(name.toLowerCase());
  return i >= 0 ? { start: i, end: i + name.length } : undefined;
}

/** Builds the sentence from text nodes and <mark>s: the article's text is never parsed as HTML. */
export function renderEvidence(ev: EvidenceItem, subjectName?: string, objectName?: string): HTMLElement {
  const spans: Array<Span & { role: string }> = [];
  const s = ev.subject ?? findSpan(ev.text, subjectName);
  const o = ev.object ?? findSpan(ev.text, objectName);
  if (s) spans.push({ ...s, role: 'subject' });
  if (o && (!s || o.start >= s.end || o.end <= s.start)) spans.push({ ...o, role: 'object' });
  spans.sort((a, b) => a.start - b.start);
  const sentence = el('q', { class: 'sentence' });
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at || sp.end > ev.text.length) continue;
    sentence.append(
      ev.text.slice(at, sp.start),
      el('mark', { class: sp.role, text: ev.text.slice(sp.start, sp.end), title: sp.role }),
    );
    at = sp.end;
  }
  sentence.append(ev.text.slice(at));
  return el('li', { class: 'evidence' }, [sentence, evidenceSource(ev)]);
}

/** Where and when: "<outlet> · <article> (<date>)" (the parts that are known). */
export function sourceText(ev: EvidenceItem): string {
  const article = `${ev.documentTitle ?? ev.documentId}${ev.documentDate ? ` (${ev.documentDate})` : ''}`;
  return ev.outlet ? `${ev.outlet} · ${article}` : article;
}

/** "— <outlet> · <article> (<date>), sentence N" under a sentence (numbered from 1, as people count), and
 * when the sentence says it happened: "· on Monday → 2024-04-29". */
export function evidenceSource(ev: EvidenceItem, time: EvidenceItem['time'] = ev.time): HTMLElement {
  const when = time ? ` · ${time.text}${time.value ? ` → ${time.value}` : ''}` : '';
  return el('div', { class: 'source', text: `— ${sourceText(ev)}, sentence ${ev.index + 1}${when}` });
}
