import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { textSchema } from '@ssc/domain/safe-input';
import { checkEligibility } from '@ssc/domain/eligibility';
import { makeCaseSchema } from '@ssc/domain/case-schema';
import { localeOf, t } from '../lib/i18n.ts';
import { parseWith } from '../lib/validation.ts';
import { eligibilitySchema, problems } from './schemas.ts';

const eligibility: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/eligibility',
    {
      schema: {
        summary: 'Check a case against Art. 26, Art. 27 and the guide (stateless)',
        // Validated in the handler with today's date: birth dates may not lie in the future.
        body: z.record(textSchema(), z.unknown()),
        response: { 200: eligibilitySchema, ...problems(422) },
      },
    },
    async (request) => {
      const locale = localeOf(request);
      const today = app.clock.today();
      const input = parseWith(makeCaseSchema(today), request.body, locale);
      const result = checkEligibility(input, { today });
      return {
        ...result,
        blockers: result.blockers.map((b) => ({ ...b, message: t(locale, b.messageKey) })),
      };
    },
  );
};

export default eligibility;
