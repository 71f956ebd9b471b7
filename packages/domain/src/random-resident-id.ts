import { residentIdCheckDigit } from './id-number.ts';

// GB/T 2260 county-level codes (one or more per province-level code that issues resident
// identity cards), so a generated number passes the same prefix check a real one does.
const REGION_CODES = [
  '110101', '110105', '110108', '120101', '120104', '130102', '140105', '150102',
  '210102', '220102', '230102', '310101', '310104', '310115', '320102', '320506',
  '330106', '340104', '350102', '360102', '370102', '410105', '420106', '430104',
  '440103', '440305', '450103', '460105', '500103', '510104', '520102', '530102',
  '540102', '610113', '620102', '630102', '640104', '650102',
]; // prettier-ignore

const DAY_MS = 86_400_000;

function randomInt(below: number): number {
  // Rejection sampling over 32 random bits: no modulo bias, and enough entropy per draw.
  const limit = Math.floor(0x1_0000_0000 / below) * below;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % below;
  }
}

/**
 * Test data, never a rule: a random, valid 18-digit resident ID number (GB 11643) — a real
 * county code, a birth date drawn uniformly between `bornFrom` and `bornTo` (YYYY-MM-DD,
 * inclusive), a random sequence and the correct check character. With about 38 regions, tens of
 * thousands of days and 1000 sequences, two draws in one run practically never meet, so tests
 * that each open an application for a card (one open application per card) do not collide.
 */
export function randomResidentId({
  bornFrom = '1940-01-01',
  bornTo = '2000-12-31',
}: { bornFrom?: string; bornTo?: string } = {}): string {
  const from = Date.parse(`${bornFrom}T00:00:00Z`);
  const to = Date.parse(`${bornTo}T00:00:00Z`);
  if (!(from <= to)) throw new RangeError('randomResidentId needs bornFrom <= bornTo');
  const birth = new Date(from + randomInt((to - from) / DAY_MS + 1) * DAY_MS);
  const region = REGION_CODES[randomInt(REGION_CODES.length)] ?? '110105';
  const birthDigits = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const sequence = String(randomInt(1000)).padStart(3, '0');
  const first17 = `${region}${birthDigits}${sequence}`;
  return first17 + residentIdCheckDigit(first17);
}
