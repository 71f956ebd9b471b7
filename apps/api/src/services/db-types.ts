import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

/** Either the client or the client inside `$transaction`: services run in both. */
export type Db = PrismaClient | Prisma.TransactionClient;
