import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

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
      transform: jsonSchemaTransform,
    });
  },
  { name: 'swagger' },
);
