import { z } from 'zod';
import {
  documentKindSchema,
  filerRoleSchema,
  idTypeSchema,
  reasonSchema,
  relationshipSchema,
} from './codes.ts';
import type { IdType } from './codes.ts';
import {
  ID_ERROR_MESSAGE_KEYS,
  birthDateFromIdNumber,
  idTypeCarriesBirthDate,
  isRealDate,
  normaliseIdNumber,
  validateIdNumber,
} from './id-number.ts';
import { SAFE_INPUT_MESSAGE_KEYS, textSchema } from './safe-input.ts';

/**
 * Every message these schemas can produce. Messages are i18n keys (see messages-*.ts), so
 * the web app and the API translate the same key; a test checks each one is translated.
 */
export const SCHEMA_MESSAGE_KEYS = [
  'error.object.invalid',
  'error.field.unknown',
  'error.reason.required',
  'error.reason.invalid',
  'error.filerRole.required',
  'error.filerRole.invalid',
  'error.idType.invalid',
  'error.documentKind.invalid',
  'error.relationship.invalid',
  'error.status.invalid',
  'error.boolean.invalid',
  'error.name.required',
  'error.name.tooLong',
  'error.idType.required',
  'error.idNumber.required',
  ...Object.values(ID_ERROR_MESSAGE_KEYS),
  'error.birthDate.invalid',
  'error.birthDate.future',
  'error.birthDate.required',
  'error.birthDate.mismatch',
  'error.cardNumber.format',
  'error.cardLost.required',
  'error.lossReportReference.required',
  'error.lossReportReference.tooLong',
  'error.phone.required',
  'error.phone.format',
  'error.relationship.required',
  'error.explanation.required',
  'error.explanation.tooLong',
  'error.documents.tooMany',
  'error.serviceCentre.required',
  'error.serviceCentre.tooLong',
  'error.agent.sameAsCardholder',
  'error.declarations.expensesSettled',
  'error.declarations.consequencesAcknowledged',
  ...SAFE_INPUT_MESSAGE_KEYS,
] as const;
export type SchemaMessageKey = (typeof SCHEMA_MESSAGE_KEYS)[number];

// An unknown key is reported as such; anything else wrong with the object (null, a string…)
// as an invalid object.
const objectError: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'unrecognized_keys' ? 'error.field.unknown' : 'error.object.invalid';

const booleanSchema = z.boolean({ error: 'error.boolean.invalid' });

const personNameSchema = textSchema({ error: 'error.name.required' })
  .trim()
  .min(1, 'error.name.required')
  .max(60, 'error.name.tooLong');

// The type-specific check (docs/rules.md §4) needs the ID type and today, so it runs in the refinement.
const idNumberSchema = textSchema({ error: 'error.idNumber.required' })
  .overwrite(normaliseIdNumber)
  .min(1, 'error.idNumber.required')
  .max(40, 'error.idNumber.format');

const birthDateSchema = textSchema({ error: 'error.birthDate.invalid' })
  .trim()
  .refine(isRealDate, 'error.birthDate.invalid');

const cardNumberSchema = textSchema({ error: 'error.cardNumber.format' })
  .overwrite(normaliseIdNumber)
  .regex(/^[A-Z0-9]{4,32}$/, 'error.cardNumber.format');

const lossReportReferenceSchema = textSchema({ error: 'error.lossReportReference.required' })
  .trim()
  .min(1, 'error.lossReportReference.required')
  .max(40, 'error.lossReportReference.tooLong');

// A mainland mobile number, or an international number in +country format (E.164); spaces
// and hyphens typed for readability are dropped.
const phoneSchema = textSchema({ error: 'error.phone.required' })
  .trim()
  .overwrite((s) => s.replace(/[\s-]/g, ''))
  .min(1, 'error.phone.required')
  .regex(/^(1[3-9]\d{9}|\+[1-9]\d{6,14})$/, 'error.phone.format');

// Guide §II.3: "explain the reasons for cancellation in detail".
const explanationSchema = textSchema({ error: 'error.explanation.required', multiline: true })
  .trim()
  .max(2000, 'error.explanation.tooLong');

// Guide §II.2: the centre the applicant will visit once, in person.
const serviceCentreSchema = textSchema({ error: 'error.serviceCentre.required' })
  .trim()
  .min(1, 'error.serviceCentre.required')
  .max(40, 'error.serviceCentre.tooLong');

const documentsSchema = z.array(documentKindSchema).max(64, 'error.documents.tooMany');

/** The cardholder part of a case; every field may still be missing in a draft. */
export const cardholderSchema = z.strictObject(
  {
    name: personNameSchema.optional(),
    idType: idTypeSchema.optional(),
    idNumber: idNumberSchema.optional(),
    birthDate: birthDateSchema.optional(),
    cardNumber: cardNumberSchema.optional(),
    cardLost: booleanSchema.optional(),
    lossReportReference: lossReportReferenceSchema.optional(),
  },
  { error: objectError },
);

/** The person filing on the cardholder's behalf (role AGENT or GUARDIAN). */
export const agentSchema = z.strictObject(
  {
    name: personNameSchema.optional(),
    idType: idTypeSchema.optional(),
    idNumber: idNumberSchema.optional(),
    phone: phoneSchema.optional(),
    relationship: relationshipSchema.optional(),
  },
  { error: objectError },
);

export const declarationsSchema = z.strictObject(
  {
    expensesSettled: booleanSchema.optional(),
    consequencesAcknowledged: booleanSchema.optional(),
  },
  { error: objectError },
);

export const filerSchema = z.strictObject({ role: filerRoleSchema }, { error: objectError });

const caseShape = {
  reason: reasonSchema,
  explanation: explanationSchema.optional(),
  filer: filerSchema,
  cardholder: cardholderSchema.optional(),
  agent: agentSchema.optional(),
  declarations: declarationsSchema.optional(),
  documents: documentsSchema.optional(),
  serviceCentre: serviceCentreSchema.optional(),
};

type IdentityParts = {
  cardholder?: { idType?: IdType; idNumber?: string; birthDate?: string } | undefined;
  agent?: { idType?: IdType; idNumber?: string } | undefined;
};

type IssueSink = {
  addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[] }) => void;
};

function checkIdNumber(
  part: { idType?: IdType; idNumber?: string },
  at: PropertyKey[],
  today: string,
  ctx: IssueSink,
): void {
  if (part.idNumber === undefined) return;
  if (part.idType === undefined) {
    ctx.addIssue({ code: 'custom', message: 'error.idType.required', path: [...at, 'idType'] });
    return;
  }
  const result = validateIdNumber(part.idType, part.idNumber, today);
  if (!result.ok) {
    ctx.addIssue({
      code: 'custom',
      message: ID_ERROR_MESSAGE_KEYS[result.code],
      path: [...at, 'idNumber'],
    });
  }
}

function checkCardholderIdentity(
  cardholder: NonNullable<IdentityParts['cardholder']>,
  at: PropertyKey[],
  today: string,
  ctx: IssueSink,
): void {
  checkIdNumber(cardholder, at, today, ctx);
  const { birthDate, idType, idNumber } = cardholder;
  if (birthDate === undefined || !isRealDate(birthDate)) return;
  if (birthDate > today) {
    ctx.addIssue({ code: 'custom', message: 'error.birthDate.future', path: [...at, 'birthDate'] });
    return;
  }
  // The ID number is the better source; a typed date that contradicts it is a typing error.
  const carried =
    idType !== undefined && idNumber !== undefined
      ? birthDateFromIdNumber(idType, idNumber)
      : undefined;
  if (carried !== undefined && carried !== birthDate) {
    ctx.addIssue({
      code: 'custom',
      message: 'error.birthDate.mismatch',
      path: [...at, 'birthDate'],
    });
  }
}

// Cross-field checks that need the ID type next to the number, and today's date.
function refineIdentities(today: string) {
  return (value: IdentityParts, ctx: IssueSink): void => {
    const { cardholder, agent } = value;
    if (cardholder) checkCardholderIdentity(cardholder, ['cardholder'], today, ctx);
    if (agent) checkIdNumber(agent, ['agent'], today, ctx);
    // Art. 27: an agent files for *another* person, whose ID is provided alongside the agent's.
    if (
      cardholder?.idNumber !== undefined &&
      agent?.idNumber !== undefined &&
      cardholder.idType === agent.idType &&
      cardholder.idNumber === agent.idNumber
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'error.agent.sameAsCardholder',
        path: ['agent', 'idNumber'],
      });
    }
  };
}

function buildCaseSchema(today: string) {
  return z.strictObject(caseShape, { error: objectError }).superRefine(refineIdentities(today));
}

const caseSchemasByDay = new Map<string, ReturnType<typeof buildCaseSchema>>();

/**
 * The docs/api.md case (POST /eligibility, the stored case of an application): everything optional
 * except `reason` and `filer`; ID numbers checked against their type as of `today` (YYYY-MM-DD).
 */
export function makeCaseSchema(today: string) {
  // One schema per day, kept: building a zod object schema and compiling its parser on first
  // use cost far more than checking a case, and POST /eligibility asked for one per request.
  let schema = caseSchemasByDay.get(today);
  if (!schema) {
    schema = buildCaseSchema(today);
    // Only today's (and, around midnight, yesterday's) are asked for.
    if (caseSchemasByDay.size >= 2) caseSchemasByDay.clear();
    caseSchemasByDay.set(today, schema);
  }
  return schema;
}

/**
 * The body of PATCH /applications/{id}: any part of a case. An ID number is checked here only
 * when its type comes in the same patch; validate the merged case with makeCaseSchema too.
 */
export function makeCasePatchSchema(today: string) {
  return z
    .strictObject(caseShape, { error: objectError })
    .partial()
    .superRefine(refineIdentities(today));
}

/** A field as a merge patch carries it: its value, or `null` to remove the answer. */
type Removable<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K] extends z.ZodOptional<infer I> ? I : S[K]>>;
};

function removableFields<S extends z.ZodRawShape>(shape: S): Removable<S> {
  const fields = Object.entries(shape).map(([name, field]) => {
    const value = field instanceof z.ZodOptional ? field.unwrap() : field;
    return [name, z.optional(z.nullable(value))];
  });
  // Object.fromEntries forgets the keys; each is the same field, made removable.
  return Object.fromEntries(fields) as Removable<S>;
}

/** A section as a merge patch: its fields merge one by one, each removable. */
function sectionPatch<S extends z.ZodRawShape>(section: z.ZodObject<S>) {
  return z
    .strictObject(removableFields(section.shape), { error: objectError })
    .nullable()
    .optional();
}

/**
 * The body of PATCH /applications/{id} as it is sent (RFC 7396 merge patch, docs/api.md "Case
 * shape"): any part of a case; `null` removes an answer or a whole section; a section's fields
 * merge into the stored ones. Each field is checked here in its own shape; the merged case is
 * then checked with makeCasePatchSchema(today), which also compares the fields with each other.
 */
export const caseMergePatchSchema = z
  .strictObject(
    {
      // `documents` too, which is ignored: the uploads are an application's only source of them
      ...removableFields(caseShape),
      cardholder: sectionPatch(cardholderSchema),
      agent: sectionPatch(agentSchema),
      declarations: sectionPatch(declarationsSchema),
    },
    { error: objectError },
  )
  .meta({ id: 'CaseMergePatch' });
export type CaseMergePatch = z.input<typeof caseMergePatchSchema>;

// For contexts without a clock (JSON Schema generation, type inference): every check except
// "birth date not in the future". Validate real input with makeCaseSchema(today).
const WITHOUT_FUTURE_CHECK = '9999-12-31';

export const caseSchema = makeCaseSchema(WITHOUT_FUTURE_CHECK);
export const casePatchSchema = makeCasePatchSchema(WITHOUT_FUTURE_CHECK);

/**
 * The case as the service gives it back (GET /applications/{id} and the staff view): every part
 * may still be missing, each field in its own shape. Without the cross-field checks, which judge
 * input: a stored case was checked when it was written.
 */
export const caseViewSchema = z.strictObject(caseShape).partial().meta({ id: 'Case' });

export type Case = z.output<typeof caseSchema>;
export type CasePatch = z.output<typeof casePatchSchema>;
export type Cardholder = z.output<typeof cardholderSchema>;
export type Agent = z.output<typeof agentSchema>;
export type Declarations = z.output<typeof declarationsSchema>;
export type Filer = z.output<typeof filerSchema>;

// ---- Step schemas: one per wizard page; each requires what its page asks. ----

/** Wizard page "reason": the explanation is required for OTHER (Guide §II.3; docs/rules.md §2). */
export const reasonStepSchema = z
  .strictObject(
    { reason: reasonSchema, explanation: explanationSchema.optional() },
    { error: objectError },
  )
  .superRefine((value, ctx) => {
    if (value.reason === 'OTHER' && !value.explanation) {
      ctx.addIssue({
        code: 'custom',
        message: 'error.explanation.required',
        path: ['explanation'],
      });
    }
  });

/**
 * Wizard page "cardholder": name, ID and card; the birth date when the ID type does not carry
 * it (docs/rules.md §3.2 practice needs the age), the loss-report reference when the card is lost (docs/rules.md §4).
 */
export function makeCardholderStepSchema(today: string) {
  return z
    .strictObject(
      {
        name: personNameSchema,
        idType: idTypeSchema,
        idNumber: idNumberSchema,
        birthDate: birthDateSchema.optional(),
        cardNumber: cardNumberSchema.optional(),
        cardLost: z.boolean({ error: 'error.cardLost.required' }),
        lossReportReference: lossReportReferenceSchema.optional(),
      },
      { error: objectError },
    )
    .superRefine((value, ctx) => {
      checkCardholderIdentity(value, [], today, ctx);
      if (!idTypeCarriesBirthDate(value.idType) && value.birthDate === undefined) {
        ctx.addIssue({ code: 'custom', message: 'error.birthDate.required', path: ['birthDate'] });
      }
      if (value.cardLost && value.lossReportReference === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'error.lossReportReference.required',
          path: ['lossReportReference'],
        });
      }
    });
}

/** Wizard page "agent" (roles AGENT and GUARDIAN): Art. 27 needs the agent's own valid ID. */
export function makeAgentStepSchema(today: string) {
  return z
    .strictObject(
      {
        name: personNameSchema,
        idType: idTypeSchema,
        idNumber: idNumberSchema,
        phone: phoneSchema,
        relationship: relationshipSchema,
      },
      { error: objectError },
    )
    .superRefine((value, ctx) => checkIdNumber(value, [], today, ctx));
}

/** Clock-free step schemas: every check except "birth date not in the future". */
export const cardholderStepSchema = makeCardholderStepSchema(WITHOUT_FUTURE_CHECK);
export const agentStepSchema = makeAgentStepSchema(WITHOUT_FUTURE_CHECK);

/** Wizard page "declarations": both must be ticked (Guide §I, §III.1; Guide §III.2). */
export const declarationsStepSchema = z.strictObject(
  {
    expensesSettled: z.literal(true, 'error.declarations.expensesSettled'),
    consequencesAcknowledged: z.literal(true, 'error.declarations.consequencesAcknowledged'),
  },
  { error: objectError },
);

export type CardholderStep = z.output<typeof cardholderStepSchema>;
export type AgentStep = z.output<typeof agentStepSchema>;
