// Reads an article from a POST: JSON {text,title,source,date} or a multipart upload, through the
// extractor's article intake (readArticle, articleOptions), the same one `kg import` uses: an uploaded
// page or Markdown file brings its own title, date, address and outlet; the form's fields win. The
// extractor (compromise, the HTML readers) loads with the first upload, not with the server.
import type { FastifyRequest } from 'fastify';
import type { ArticleInput, ExtractOptions } from '@kg/extractor';
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

function isArticleFile(name: string, mediaType: string, extensions: string[]): boolean {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && extensions.includes(name.slice(dot).toLowerCase())) || mediaType.startsWith('text/');
}

export async function readArticleRequest(req: FastifyRequest): Promise<ArticleRequest> {
  const { ARTICLE_EXTENSIONS, ArticleInputError, articleOptions, readArticle } = await import('@kg/extractor');
  let article: ArticleInput | undefined;
  let file: string | undefined;
  let fields: Record<string, unknown> = {};
  try {
    if (req.isMultipart()) {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          const name = part.filename ?? '';
          if (!isArticleFile(name, part.mimetype, ARTICLE_EXTENSIONS))
            throw new HttpError(415, `articles: expected a ${ARTICLE_EXTENSIONS.join(' ')} file, got "${name}"`);
          article = readArticle(name || 'upload', await part.toBuffer(), {
            mediaType: part.mimetype.split(';')[0].trim().toLowerCase(),
          });
          if (name) file = name;
        } else {
          fields[part.fieldname] = part.value;
        }
      }
    } else fields = (req.body ?? {}) as Record<string, unknown>;
    if (article === undefined && typeof fields.text === 'string' && fields.text.trim() !== '')
      article = readArticle('text', fields.text);
  } catch (err) {
    if (err instanceof ArticleInputError) throw new HttpError(400, `articles: ${err.message}`);
    throw err;
  }
  if (article === undefined)
    throw new HttpError(400, 'articles: expected article text (field "text") or an uploaded file');
  const date = field(fields, 'date');
  if (date && !ISO_DATE.test(date)) throw new HttpError(400, `articles: expected date as YYYY-MM-DD, got "${date}"`);
  const source = field(fields, 'source') ?? file;
  const options = articleOptions({
    ...article,
    source,
    file,
    title: field(fields, 'title') ?? article.title,
    date: date ?? article.date,
  });
  return { text: article.text, options };
}
