// Reads an article from a POST: JSON {text,title,source,date} or a multipart upload, through the
// extractor's article intake (readArticleText, articleOptions), the same one `kg import` uses.
import type { FastifyRequest } from 'fastify';
import { ARTICLE_EXTENSIONS, ArticleInputError, articleOptions, readArticleText } from '@kg/extractor';
import type { ExtractOptions } from '@kg/extractor';
import { HttpError } from './viewer-errors.js';

export interface ArticleRequest {
  text: string;
  options: ExtractOptions;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function field(raw: Record<string, unknown>, key: string): string | undefined {
  const v = raw[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 500) : undefined;
}

function isArticleFile(name: string, mediaType: string): boolean {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && ARTICLE_EXTENSIONS.includes(name.slice(dot).toLowerCase())) || mediaType.startsWith('text/');
}

export async function readArticleRequest(req: FastifyRequest): Promise<ArticleRequest> {
  let text: string | undefined;
  let file: string | undefined;
  let fields: Record<string, unknown> = {};
  try {
    if (req.isMultipart()) {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          const name = part.filename ?? '';
          if (!isArticleFile(name, part.mimetype))
            throw new HttpError(415, `articles: expected a ${ARTICLE_EXTENSIONS.join(' ')} file, got "${name}"`);
          text = readArticleText(name || 'upload', await part.toBuffer(), part.mimetype);
          if (name) file = name;
        } else {
          fields[part.fieldname] = part.value;
        }
      }
    } else fields = (req.body ?? {}) as Record<string, unknown>;
    if (text === undefined && typeof fields.text === 'string' && fields.text.trim() !== '')
      text = readArticleText('text', fields.text);
  } catch (err) {
    if (err instanceof ArticleInputError) throw new HttpError(400, `articles: ${err.message}`);
    throw err;
  }
  if (text === undefined)
    throw new HttpError(400, 'articles: expected article text (field "text") or an uploaded file');
  const date = field(fields, 'date');
  if (date && !ISO_DATE.test(date)) throw new HttpError(400, `articles: expected date as YYYY-MM-DD, got "${date}"`);
  const source = field(fields, 'source') ?? file;
  const options = articleOptions({ text, source, file, title: field(fields, 'title'), date });
  return { text, options };
}
