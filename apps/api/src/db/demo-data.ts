import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffRole } from '../generated/prisma/enums.ts';

export interface DemoCentre {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

export interface DemoStaff {
  username: string;
  displayName: string;
  role: StaffRole;
  centreId: string;
  /** DEMO ONLY: printed by the seed script; never a real credential. */
  password: string;
}

// Fictitious demo service centres: names and addresses are placeholders, not real offices.
export const demoCentres: readonly DemoCentre[] = [
  {
    id: 'SH-HUANGPU',
    nameZh: '黄浦区社会保障卡服务网点（演示）',
    nameEn: 'Huangpu District Social Security Card Service Point (demo)',
    addressZh: '上海市黄浦区演示路 1 号',
    addressEn: '1 Demo Road, Huangpu District, Shanghai',
  },
  {
    id: 'SH-PUDONG',
    nameZh: '浦东新区社会保障卡服务网点（演示）',
    nameEn: 'Pudong New Area Social Security Card Service Point (demo)',
    addressZh: '上海市浦东新区示例大道 2 号',
    addressEn: '2 Example Avenue, Pudong New Area, Shanghai',
  },
];

export const demoStaff: readonly DemoStaff[] = [
  {
    username: 'reviewer.huangpu',
    displayName: '黄浦审核员 Huangpu Reviewer',
    role: 'REVIEWER',
    centreId: 'SH-HUANGPU',
    password: 'Demo-Huangpu-2026',
  },
  {
    username: 'reviewer.pudong',
    displayName: '浦东审核员 Pudong Reviewer',
    role: 'REVIEWER',
    centreId: 'SH-PUDONG',
    password: 'Demo-Pudong-2026',
  },
  {
    username: 'supervisor.shanghai',
    displayName: '上海主管 Shanghai Supervisor',
    role: 'SUPERVISOR',
    centreId: 'SH-HUANGPU',
    password: 'Demo-Supervisor-2026',
  },
  {
    username: 'admin.shanghai',
    displayName: '系统管理员 Administrator',
    role: 'ADMIN',
    centreId: 'SH-HUANGPU',
    password: 'Demo-Admin-2026',
  },
];

/**
 * docs/rules.md §5.1: the demo centres' visit schedule: Monday to Friday 09:00–12:00 and
 * 13:30–17:00, China Standard Time, in 30-minute slots of 3 people each.
 */
export const demoVisitSchedule = {
  slotMinutes: 30,
  capacity: 3,
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, opensAt: 9 * 60, closesAt: 12 * 60 },
    { weekday, opensAt: 13 * 60 + 30, closesAt: 17 * 60 },
  ]),
} as const;

/**
 * A few PRC public holidays, as closed days for every centre: the statutory days themselves
 * (State Council, Measures on National Holidays, as amended in 2024). Each year's full
 * arrangement, with its bridging days off and the weekends worked instead, is published late
 * the year before and entered by an administrator (PUT /staff/public-holidays/{date}).
 */
export const demoPublicHolidays: readonly { date: string; nameZh: string; nameEn: string }[] = [
  ...['2026-10-01', '2026-10-02', '2026-10-03'].map((date) => ({
    date,
    nameZh: '国庆节',
    nameEn: 'National Day',
  })),
  { date: '2027-01-01', nameZh: '元旦', nameEn: "New Year's Day" },
  ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'].map((date) => ({
    date,
    nameZh: '春节',
    nameEn: 'Spring Festival',
  })),
  { date: '2027-04-05', nameZh: '清明节', nameEn: 'Qingming Festival' },
  ...['2027-05-01', '2027-05-02'].map((date) => ({
    date,
    nameZh: '劳动节',
    nameEn: 'Labour Day',
  })),
  { date: '2027-06-09', nameZh: '端午节', nameEn: 'Dragon Boat Festival' },
  { date: '2027-09-15', nameZh: '中秋节', nameEn: 'Mid-Autumn Festival' },
  ...['2027-10-01', '2027-10-02', '2027-10-03'].map((date) => ({
    date,
    nameZh: '国庆节',
    nameEn: 'National Day',
  })),
];

/**
 * The demo schedule for centres that have never had one (no hours, capacity 0: what the
 * migration leaves), and the demo holidays while there are none: a schedule or a holiday list
 * that staff have changed is theirs, and running the seed again leaves it alone.
 */
async function seedVisitCalendar(prisma: PrismaClient): Promise<number> {
  let changed = 0;
  for (const centre of demoCentres) {
    const row = await prisma.serviceCentre.findUnique({
      where: { id: centre.id },
      select: { visitSlotCapacity: true, _count: { select: { openingHours: true } } },
    });
    if (!row || row.visitSlotCapacity !== 0 || row._count.openingHours !== 0) continue;
    await prisma.$transaction([
      prisma.serviceCentre.update({
        where: { id: centre.id },
        data: {
          visitSlotMinutes: demoVisitSchedule.slotMinutes,
          visitSlotCapacity: demoVisitSchedule.capacity,
        },
      }),
      prisma.openingHours.createMany({
        data: demoVisitSchedule.hours.map((period) => ({ centreId: centre.id, ...period })),
      }),
    ]);
    changed += 1;
  }
  if ((await prisma.publicHoliday.count()) === 0) {
    const { count } = await prisma.publicHoliday.createMany({
      data: demoPublicHolidays.map((h) => ({ ...h, date: new Date(`${h.date}T00:00:00Z`) })),
      skipDuplicates: true,
    });
    changed += count;
  }
  return changed;
}

// `Algorithm` is an ambient const enum, which verbatimModuleSyntax cannot inline: 2 is its
// Argon2id member (the demo-data test checks the stored hashes say `$argon2id$`).
const ARGON2ID = 2 as Algorithm;

/** The one password-hashing setting of the project (argon2id, the library's default cost). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export interface SeedDemoDataResult {
  /** Rows inserted or changed by this run: 0 when the demo data was already in place. */
  changed: number;
}

/**
 * Upserts the demo centres and staff, and gives the centres a visit calendar. Idempotent: a
 * second run changes no row (a fresh salt would rewrite every hash, so a password is only
 * re-hashed when the stored one no longer matches the demo password).
 */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedDemoDataResult> {
  let changed = 0;
  for (const centre of demoCentres) {
    const existing = await prisma.serviceCentre.findUnique({ where: { id: centre.id } });
    if (!existing) {
      await prisma.serviceCentre.create({ data: centre });
      changed += 1;
    } else if (
      existing.nameZh !== centre.nameZh ||
      existing.nameEn !== centre.nameEn ||
      existing.addressZh !== centre.addressZh ||
      existing.addressEn !== centre.addressEn
    ) {
      await prisma.serviceCentre.update({ where: { id: centre.id }, data: centre });
      changed += 1;
    }
  }
  for (const staff of demoStaff) {
    const { password, ...profile } = staff;
    const existing = await prisma.staffUser.findUnique({ where: { username: staff.username } });
    if (!existing) {
      await prisma.staffUser.create({
        data: { ...profile, passwordHash: await hashPassword(password) },
      });
      changed += 1;
      continue;
    }
    const passwordMatches = await verify(existing.passwordHash, password).catch(() => false);
    const profileMatches =
      existing.displayName === profile.displayName &&
      existing.role === profile.role &&
      existing.centreId === profile.centreId;
    if (passwordMatches && profileMatches) continue;
    await prisma.staffUser.update({
      where: { username: staff.username },
      data: {
        ...profile,
        ...(passwordMatches ? {} : { passwordHash: await hashPassword(password) }),
      },
    });
    changed += 1;
  }
  changed += await seedVisitCalendar(prisma);
  return { changed };
}

/**
 * Why the demo data must not be written here, if it must not. On PostgreSQL (`DATABASE_URL`,
 * production) it would create staff accounts whose passwords are published in the README;
 * someone who wants a demo on PostgreSQL says so with `SEED_DEMO=1`.
 */
export function demoSeedRefusal(env: NodeJS.ProcessEnv): string | null {
  if (!env.DATABASE_URL || env.SEED_DEMO === '1') return null;
  return (
    'Not seeding: DATABASE_URL is set, and the demo staff accounts have published passwords. ' +
    'For a demo on PostgreSQL, run again with SEED_DEMO=1.'
  );
}
