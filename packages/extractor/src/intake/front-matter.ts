// frontMatter(): a Markdown article's leading YAML block (between `---` lines) read with the `yaml`
// library, and the body after it. Text without such a block, or whose block is not a YAML mapping, is
// all body: an article is never refused for its front matter.
import { parse } from 'yaml';

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  fields: Record<string, unknown>;
  body: string;
}

export function frontMatter(text: string): FrontMatter {
  const m = BLOCK.exec(text);
  if (!m) return { fields: {}, body: text };
  let fields: unknown;
  try {
    fields = parse(m[1]);
  } catch {
    return { fields: {}, body: text };
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { fields: {}, body: text };
  return { fields: fields as Record<string, unknown>, body: text.slice(m[0].length) };
}
