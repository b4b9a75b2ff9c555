// The user's alias file: loading with typed errors, and merges/vetoes applied on extraction.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AliasFileError, extract, loadAliasRules } from '@kg/extractor';

const dir = mkdtempSync(join(tmpdir(), 'kg-aliases-'));
const write = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

describe('loadAliasRules', () => {
  test('reads a valid file', () => {
    const p = write(
      'ok.json',
      JSON.stringify({ merge: [{ alias: 'Big Blue', canonical: 'IBM', type: 'Organization' }], veto: [] }),
    );
    expect(loadAliasRules(p)).toEqual({
      merge: [{ alias: 'Big Blue', canonical: 'IBM', type: 'Organization' }],
      veto: [],
    });
  });

  test.each([
    ['missing file', null, /cannot read \(ENOENT\)/],
    ['not JSON', '{merge:', /expected JSON/],
    ['an array', '[]', /expected an object/],
    ['unknown key', '{"merges": []}', /unexpected key "merges"/],
    ['merge not an array', '{"merge": {}}', /expected "merge" to be an array/],
    [
      'entry without alias',
      '{"veto": [{"canonical": "X"}]}',
      /veto\[0\]: expected \{"alias": string, "canonical": string\}/,
    ],
  ])('%s → AliasFileError', (label, body, message) => {
    const p = body === null ? join(dir, 'absent.json') : write(`${label}.json`, body);
    expect(() => loadAliasRules(p)).toThrow(AliasFileError);
    expect(() => loadAliasRules(p)).toThrow(message);
    expect(() => loadAliasRules(p)).toThrow(/^loadAliasRules: /);
  });
});

describe('alias rules at extraction', () => {
  const text = 'Engineers at Big Blue built it. Later IBM shipped it. Jane Goodall spoke. Goodall left.';

  test('merge joins a form to its canonical entity', () => {
    const { entities } = extract(text, { aliases: { merge: [{ alias: 'Big Blue', canonical: 'IBM' }] } });
    const ibm = entities.find((e) => e.name === 'IBM');
    expect(ibm?.aliases).toContainEqual({ text: 'Big Blue', rule: 'alias-file' });
    expect(entities.find((e) => e.name === 'Big Blue')).toBeUndefined();
    expect(ibm?.mentions.map((m) => m.text)).toEqual(['Big Blue', 'IBM']);
  });

  test('merge to a canonical name not in the text renames the entity', () => {
    const { entities } = extract(text, {
      aliases: { merge: [{ alias: 'IBM', canonical: 'International Business Machines', type: 'Organization' }] },
    });
    const e = entities.find((x) => x.name === 'International Business Machines');
    expect(e?.id).toBe('organization:international-business-machines');
    expect(e?.aliases).toContainEqual({ text: 'IBM', rule: 'alias-file' });
  });

  test('veto splits a merge the rules made', () => {
    const plain = extract(text).entities.find((e) => e.name === 'Jane Goodall');
    expect(plain?.aliases).toContainEqual({ text: 'Goodall', rule: 'surname' });
    const { entities } = extract(text, { aliases: { veto: [{ alias: 'Goodall', canonical: 'Jane Goodall' }] } });
    expect(entities.find((e) => e.name === 'Jane Goodall')?.aliases).toEqual([]);
    expect(entities.find((e) => e.name === 'Goodall')?.mentions).toHaveLength(1);
  });

  test('a name merged into itself with a type pins the type, as a strong vote', () => {
    const pinned = 'Workers at Korvenmaa rallied on Friday.';
    expect(extract(pinned).entities[0]).toMatchObject({ name: 'Korvenmaa', type: 'Organization', strong: false });
    const { entities } = extract(pinned, {
      aliases: { merge: [{ alias: 'Korvenmaa', canonical: 'Korvenmaa', type: 'Place' }] },
    });
    expect(entities[0]).toMatchObject({ id: 'place:korvenmaa', name: 'Korvenmaa', type: 'Place', strong: true });
  });
});
