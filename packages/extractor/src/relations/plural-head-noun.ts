// "the Republican delegates from South Carolina are not bound", "wins 2020 US Republican delegates from
// Nevada": the parse reads the plural noun "delegates" as a present verb, with the name before it as its
// subject. A present -s form is a plural noun heading a phrase when (a) a prepositional phrase after it runs
// into a finite verb that agrees with a plural ("are", "were", "have", "will"): a verb would have given that
// verb no subject; or (b) a number opens the phrase it ends, right after another verb ("wins 25 Nevada
// delegates"): a clause after a verb does not start with a bare number; or (c) a plural quantifier opens the
// phrase ("mediating in several Middle Eastern disputes"): "several" asks for a plural head, so the name after
// it is a modifier; or (d) an article opens the phrase right after a verb that takes no clause ("obtained the
// Telegram messages between …"): only verbs of saying or knowing take a clause without "that"; or (e) a
// preposition inside the clause opens the phrase and a personal name follows ("collaborated with Dead associates
// Mickey Hart"): a preposition's object is no subject, so the word names the people the name after it is one of;
// or (f) "by" opens the phrase after the clause's verb and the word is one for people in -ers/-ors ("founded by
// former Intel engineers"): a passive's agent takes no verb.
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';
import { takesClause } from './clause-before.js';
import { ARTICLES } from '../entities/lexicon/pronouns.js';

const PLURAL_FINITE = new Set([
  'are',
  'were',
  'have',
  'do',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
]);

const presentS = (t: Token) =>
  t.tags.has('PresentTense') &&
  /s$/.test(t.normal) &&
  !t.tags.has('Auxiliary') &&
  !t.tags.has('Copula') &&
  !t.tags.has('Modal');

/** Whether token `i`, read as a verb after noun material, is a plural noun heading that noun phrase. */
export function pluralHeadNoun(toks: Token[], cls: readonly string[], i: number): boolean {
  if (!presentS(toks[i]) || cls[i - 1] !== 'N' || hasBreak(toks[i - 1])) return false;
  return (
    agreesLater(toks, cls, i) ||
    numberOpened(toks, cls, i) ||
    quantified(toks, cls, i) ||
    objectOfVerb(toks, cls, i) ||
    prepositionObject(toks, cls, i) ||
    agentPlural(toks, cls, i)
  );
}

/** (f) "was founded in 2009 by two former Intel engineers": a word for people in -ers or -ors ending the phrase a
 * "by" opens after the clause's verb; nothing after "by" and its object takes a verb. */
function agentPlural(toks: Token[], cls: readonly string[], i: number): boolean {
  if (!/\p{Ll}(?:ers|ors)$/u.test(toks[i].text)) return false;
  let k = i - 1;
  while (k > 0 && cls[k - 1] === 'N' && !hasBreak(toks[k - 1])) k--;
  const by = toks[k - 1];
  return k > i - 5 && by?.normal === 'by' && !hasBreak(by) && cls.slice(0, k - 1).includes('V');
}

function objectOfVerb(toks: Token[], cls: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && cls[k - 1] === 'N' && !ARTICLES.has(toks[k - 1].normal) && !hasBreak(toks[k - 1])) k--;
  const [article, verb] = [toks[k - 1], toks[k - 2]];
  if (k < i - 3 || !article || !ARTICLES.has(article.normal) || hasBreak(article) || !verb || hasBreak(verb))
    return false;
  return (
    cls[k - 2] === 'V' &&
    !verb.tags.has('Copula') &&
    !verb.tags.has('Auxiliary') &&
    !takesClause(verb.root ?? verb.normal)
  );
}

function prepositionObject(toks: Token[], cls: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && cls[k - 1] === 'N' && !hasBreak(toks[k - 1])) k--;
  const [prep, next] = [toks[k - 1], toks[i + 1]];
  if (k < i - 3 || k < 2 || !prep || cls[k - 1] !== 'PREP' || hasBreak(prep) || hasBreak(toks[i]) || !next)
    return false;
  return /^\p{Lu}/u.test(next.text) && (next.tags.has('Person') || next.tags.has('FirstName'));
}

const PLURAL_QUANTIFIERS = new Set(['several', 'many', 'few', 'numerous', 'various', 'multiple']);

function quantified(toks: Token[], cls: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && cls[k - 1] === 'N' && !PLURAL_QUANTIFIERS.has(toks[k - 1].normal) && !hasBreak(toks[k - 1])) k--;
  const q = toks[k - 1];
  return k > i - 4 && !!q && PLURAL_QUANTIFIERS.has(q.normal) && !hasBreak(q);
}

function agreesLater(toks: Token[], cls: readonly string[], i: number): boolean {
  if (cls[i + 1] !== 'PREP' || hasBreak(toks[i])) return false;
  for (let k = i + 1; k < toks.length; k++) {
    if (cls[k] === 'V') return PLURAL_FINITE.has(toks[k].normal);
    if ((cls[k] !== 'N' && cls[k] !== 'PREP') || hasBreak(toks[k])) return false;
  }
  return false;
}

function numberOpened(toks: Token[], cls: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && cls[k - 1] === 'N' && !toks[k].tags.has('Value') && !hasBreak(toks[k - 1])) k--;
  return toks[k].tags.has('Value') && k > i - 4 && cls[k - 1] === 'V' && !hasBreak(toks[k - 1]);
}
