import type { FastifyPluginAsync } from 'fastify';
import health from './health.ts';
import centres from './centres.ts';
import eligibility from './eligibility.ts';
import applications from './applications.ts';
import documents from './documents.ts';
import visits from './visits.ts';
import tracking from './tracking.ts';
import certificates from './certificates.ts';
import staffSession from './staff/session.ts';
import staffApplications from './staff/applications.ts';
import staffBackOffice from './staff/back-office.ts';
import staffVisits from './staff/visits.ts';
import { defaultRateLimits, type RateLimits } from './rate-limits.ts';

const routes: FastifyPluginAsync<{ rateLimits: Partial<RateLimits> }> = async (app, options) => {
  const rateLimits = { ...defaultRateLimits, ...options.rateLimits };
  await app.register(health, { rateLimits });
  await app.register(centres, { rateLimits });
  await app.register(eligibility);
  await app.register(applications, { rateLimits });
  await app.register(documents, { rateLimits });
  await app.register(visits, { rateLimits });
  await app.register(tracking, { rateLimits });
  await app.register(certificates);
  await app.register(staffSession, { rateLimits });
  await app.register(staffApplications);
  await app.register(staffBackOffice);
  await app.register(staffVisits);
};

export default routes;
