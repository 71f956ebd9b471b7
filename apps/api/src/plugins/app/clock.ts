import fp from 'fastify-plugin';

export interface Clock {
  now(): Date;
  /** Today's date in China (YYYY-MM-DD): birth dates and ages are judged by the mainland calendar. */
  today(): string;
}

const chinaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => chinaDate.format(new Date()),
};

declare module 'fastify' {
  interface FastifyInstance {
    clock: Clock;
  }
}

export default fp<{ clock?: Clock | undefined }>(
  async (app, options) => {
    app.decorate('clock', options.clock ?? systemClock);
  },
  { name: 'clock' },
);
