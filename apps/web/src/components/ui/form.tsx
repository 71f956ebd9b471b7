import { useState } from 'react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { DefaultValues, FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ErrorSummary, flattenFieldErrors } from './error-summary.tsx';
import type { SummaryError } from './error-summary.tsx';

// An empty text box or an unanswered radio group means "not answered", which the domain
// schemas express as a missing key, not as "" or null.
function dropUnanswered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUnanswered);
  if (value && typeof value === 'object' && !(value instanceof File) && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = dropUnanswered(item);
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return out;
  }
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

type AnySchema = z.ZodType<FieldValues, FieldValues>;

export type FormMethods<S extends AnySchema> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

interface FormProps<S extends AnySchema> {
  schema: S;
  defaultValues?: DefaultValues<z.input<S>> | undefined;
  onSubmit: (values: z.output<S>, methods: FormMethods<S>) => Promise<void> | void;
  children: (methods: FormMethods<S>) => ReactNode;
  /** Extra errors not owned by a field (e.g. a missing upload), shown in the same summary. */
  extraErrors?: SummaryError[] | undefined;
  className?: string;
  /** Forget answers of fields that are no longer shown (e.g. birth date after the ID type changes). */
  shouldUnregister?: boolean;
}

/**
 * The one form wrapper (bulletproof-react pattern): react-hook-form + the shared zod schema,
 * with the GOV.UK error summary at the top. Focus goes to the summary, not the first field,
 * so screen-reader users hear how many problems there are first.
 */
export function Form<S extends AnySchema>({
  schema,
  defaultValues,
  onSubmit,
  children,
  extraErrors,
  className,
  shouldUnregister = false,
}: FormProps<S>) {
  const methods = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: (values, context, options) =>
      zodResolver(schema)(dropUnanswered(values) as z.input<S>, context, options),
    defaultValues,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldUnregister,
  });
  const [failedAttempts, setFailedAttempts] = useState(0);

  const submit = methods.handleSubmit(
    async (values) => {
      methods.clearErrors('root');
      await onSubmit(values, methods);
      // A server-side rejection is recorded with setError: treat it like a failed attempt.
      if (Object.keys(methods.formState.errors).length > 0) setFailedAttempts((n) => n + 1);
    },
    () => setFailedAttempts((n) => n + 1),
  );

  const fieldErrors = flattenFieldErrors(methods.formState.errors as FieldErrors);

  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={(event) => void submit(event)} className={className}>
        <ErrorSummary
          focusRequest={failedAttempts}
          errors={[...fieldErrors, ...(extraErrors ?? [])]}
        />
        {children(methods)}
      </form>
    </FormProvider>
  );
}
