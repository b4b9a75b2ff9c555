import nlp from 'compromise';
const root = process.env.ROOT ?? '/work/main';
const { findEntities } = await import(root + '/packages/extractor/dist/entities/find-entities.js');
const { buildSentenceViews } = await import(root + '/packages/extractor/dist/relations/sentence-view.js');
const { tokenise } = await import(root + '/packages/extractor/dist/tokens.js');
const text = process.argv[2];
const tokens = tokenise(nlp(text), text);
const { entities } = findEntities({ text, tokens });
for (const v of buildSentenceViews(text, tokens.sentences, tokens.bySentence, entities))
  console.log(v.chunks.map((c) => `[${c.kind} ${v.slice(c.from, c.to)}]`).join(' '), '\n', v.toks.map((t) => t.text + '/' + [...t.tags].slice(0, 3).join(',')).join(' '));
