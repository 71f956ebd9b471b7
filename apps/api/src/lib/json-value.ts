import type { Prisma } from '../generated/prisma/client.ts';

type Scalar = string | number | boolean | null;

/**
 * Flat records as a JSON column stores them: a member left undefined is left out (JSON has no
 * undefined), as JSON.stringify would, but typed, without a round trip through text.
 */
export function jsonRecords(
  records: readonly Record<string, Scalar | undefined>[],
): Prisma.InputJsonObject[] {
  return records.map((record) =>
    Object.fromEntries(
      Object.entries(record).filter((entry): entry is [string, Scalar] => entry[1] !== undefined),
    ),
  );
}
