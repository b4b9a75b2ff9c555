// validatorCompiler(): JSON Schema checks for Fastify routes. Query strings and params arrive as text, so
// their values are coerced to the schema's types; bodies are JSON and keep theirs, so {"text": 12345} is a
// number and refused rather than imported as the article "12345" (Fastify coerces every part by default).
import { Ajv, type ValidateFunction } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';

const shared = { removeAdditional: false, useDefaults: true, allErrors: false } as const;
const coercing = new Ajv({ ...shared, coerceTypes: 'array' });
const strict = new Ajv({ ...shared, coerceTypes: false });

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? strict : coercing).compile(schema) as ValidateFunction;
