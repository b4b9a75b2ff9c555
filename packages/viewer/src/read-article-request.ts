// Reads an article from a POST: JSON {text,title,source,date} or a multipart upload (.txt/.md/.html).
import type { FastifyRequest } from 'fastify';
import { htmlToText } from './html-to-text.js';
import { HttpError } from './viewer-errors.js';
import type { ArticleMeta } from './viewer-options.js';

export interface ArticleInput {
  text: string;
  meta: ArticleMeta;
}

const TEXT_EXT = /\.(txt|md|markdown|text)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function cleanMeta(raw: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const key of ['title', 'source', 'date'] as const) {
    const v = raw[key];
    if (typeof v === 'string' && v.trim() !== '') meta[key] = v.trim().slice(0, 500);
  }
  if (meta.date && !ISO_DATE.test(meta.date))
    throw new HttpError(400, `articles: expected date as YYYY-MM-DD, got "${meta.date}"`);
  return meta;
}

export async function readArticleRequest(req: FastifyRequest): Promise<ArticleInput> {
  let text: string | undefined;
  let fields: Record<string, unknown> = {};
  if (req.isMultipart()) {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const name = part.filename ?? '';
        const buf = await part.toBuffer();
        if (HTML_EXT.test(name) || part.mimetype === 'text/html') text = htmlToText(buf.toString('utf8'));
        else if (TEXT_EXT.test(name) || part.mimetype.startsWith('text/')) text = buf.toString('utf8');
        else throw new HttpError(415, `articles: expected a .txt, .md or .html file, got "${name}"`);
        if (!fields.title && name) fields.title = name.replace(/\.[^.]+$/, '');
      } else {
        fields[part.fieldname] = part.value;
      }
    }
    if (text === undefined && typeof fields.text === 'string') text = fields.text;
  } else {
    fields = (req.body ?? {}) as Record<string, unknown>;
    text = typeof fields.text === 'string' ? fields.text : undefined;
  }
  if (text === undefined || text.trim() === '')
    throw new HttpError(400, 'articles: expected article text (field "text") or an uploaded file');
  if (text.includes('\u0000'))
    throw new HttpError(400, 'articles: the article contains NUL bytes; expected plain text');
  return { text, meta: cleanMeta(fields) };
}
