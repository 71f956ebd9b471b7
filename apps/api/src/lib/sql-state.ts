// PostgreSQL's SQLSTATE codes that a service answers for itself rather than as a 500: a
// constraint the database enforces refused the write, or two transactions met.
export const SQL_STATE = {
  uniqueViolation: '23505',
  checkViolation: '23514',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

const SQLSTATE = /^[0-9A-Z]{5}$/;
const PRISMA_CODE = /^P[1-6]\d{3}$/;

/**
 * The SQLSTATE a failed query carries, wherever the layers put it: the driver's error (`code`),
 * a driver adapter's (`originalCode`), or Prisma's known request error wrapping it
 * (`meta.driverAdapterError.cause`). Null when there is none.
 */
export function sqlStateOf(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 6) return null;
  const { code, originalCode, cause, meta } = error as {
    code?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof originalCode === 'string' && SQLSTATE.test(originalCode)) return originalCode;
  const beneath = sqlStateOf(meta?.driverAdapterError, depth + 1) ?? sqlStateOf(cause, depth + 1);
  if (beneath) return beneath;
  // Prisma's own codes (P1000–P6999) have the same shape and are not SQLSTATEs.
  if (typeof code === 'string' && SQLSTATE.test(code) && !PRISMA_CODE.test(code)) return code;
  return null;
}

/** Prisma's own code for a unique constraint violation, or the SQLSTATE beneath it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'P2002' || sqlStateOf(error) === SQL_STATE.uniqueViolation;
}
