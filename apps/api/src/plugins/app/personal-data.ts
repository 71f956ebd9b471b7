import fp from 'fastify-plugin';
import { PersonalData } from '../../services/personal-data.ts';
import { sealClearRows } from '../../services/seal-clear-rows.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Seals and opens the case and notes of applications (services/personal-data.ts). */
    personalData: PersonalData;
  }
}

/**
 * Sealing under the storage keyring, and the start-up step that seals what an earlier release
 * stored in clear (docs/decisions/012-personal-data-at-rest.md), before the service answers.
 */
export default fp(
  async (app) => {
    const personalData = new PersonalData(app.keyring);
    app.decorate('personalData', personalData);
    const report = await sealClearRows(app.prisma, personalData);
    if (Object.values(report).some((count) => count > 0)) {
      app.log.info({ sealed: report }, 'sealed personal data stored in clear');
    }
  },
  { name: 'personal-data', dependencies: ['database', 'storage'] },
);
