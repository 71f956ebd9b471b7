import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const pascal = (word: string) =>
  word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

/**
 * A stable operationId from the method and the path, so that every operation can be named by
 * a generated client without each route remembering to: `GET /api/v1/applications/:id` →
 * `getApplicationsById`. A route may still give its own.
 */
export function deriveOperationId(method: string, url: string): string {
  const segments = url
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment.startsWith(':') ? `By${pascal(segment.slice(1))}` : pascal(segment),
    );
  return method.toLowerCase() + segments.join('');
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

function transform(input: TransformInput) {
  const out = jsonSchemaTransform(input);
  const schema = out.schema as Record<string, unknown>;
  const method = Array.isArray(input.route.method) ? input.route.method[0]! : input.route.method;
  return {
    ...out,
    schema: {
      operationId: deriveOperationId(String(method), out.url),
      // A route that names no scheme is public (eligibility, tracking, certificate checks, the
      // staff sign-in); saying so with an empty list keeps the document explicit. The
      // authorisation tests, not this document, prove who may call what.
      security: [],
      ...schema,
    },
  };
}

type TransformObjectInput = Parameters<typeof jsonSchemaTransformObject>[0];

/**
 * The contract's named shapes as components, without those no route uses: every named shape
 * gets an input twin (`CaseInput`), which only a request body would reference.
 */
function withoutUnusedSchemas(input: TransformObjectInput) {
  const document = jsonSchemaTransformObject(input);
  const components = (document as { components?: { schemas?: Record<string, unknown> } })
    .components;
  const schemas = components?.schemas;
  if (!schemas) return document;
  const text = JSON.stringify({ ...document, components: { ...components, schemas: {} } });
  const inSchemas = JSON.stringify(schemas);
  for (const name of Object.keys(schemas)) {
    const ref = `"#/components/schemas/${name}"`;
    if (!text.includes(ref) && !inSchemas.includes(ref)) delete schemas[name];
  }
  return document;
}

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Social security card cancellation — pre-filing API',
          description:
            'Pre-files an application to cancel a PRC social security card (Measures on the Administration of Social Security Cards, Art. 26 and 27) and tracks it to the cancellation certificate.',
          version: '1.0.0',
        },
        // The API and the web app share one origin; paths carry the /api/v1 prefix.
        servers: [{ url: '/', description: 'this service, on the origin that serves the web app' }],
        components: {
          securitySchemes: {
            applicationToken: {
              type: 'http',
              scheme: 'bearer',
              description: 'The accessToken returned once when the application was created.',
            },
            staffSession: { type: 'apiKey', in: 'cookie', name: 'ssc_staff' },
          },
        },
      },
      transform,
      // The contract's named shapes (packages/domain/src/contract, `.meta({ id })`) become
      // components/schemas, referenced where used: the case is written out once, not per route.
      transformObject: withoutUnusedSchemas,
    });
  },
  { name: 'swagger' },
);
