import { afterEach } from 'vitest';
import { takeAnswerMismatches } from './helpers/answer-check.ts';

// Vitest setupFiles: a test during which any answer differed from its route's contract fails,
// named with the route, the status and where the answer differs (helpers/answer-check.ts).
afterEach(() => {
  const found = takeAnswerMismatches();
  if (found.length > 0) {
    throw new Error(`answers that differ from the contract:\n${found.join('\n')}`);
  }
});
