import type { InputHTMLAttributes, ReactNode } from 'react';
import { get, useFormContext } from 'react-hook-form';
import type { RegisterOptions } from 'react-hook-form';
import { useT, useTranslateKnown } from '@/lib/i18n/i18n-provider.tsx';
import { toFieldId } from './field-id.ts';
import { useFocusOnNavigation } from './page.tsx';

function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const translateKnown = useTranslateKnown();
  const error: unknown = get(formState.errors, name);
  const message =
    error && typeof error === 'object' ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message
    ? translateKnown(message, 'error.invalid')
    : undefined;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function ErrorMessage({ id, text }: { id: string; text: string }) {
  const t = useT();
  return (
    <p id={id} className="field__error">
      {/* The word "Error:" is seen and spoken, so the state is not told by red alone (WCAG 1.4.1). */}
      <strong>{t('ui.error.prefix')}</strong> {text}
    </p>
  );
}

/** What every field shares: its id, its translated error, and what describes the control. */
function useField(name: string, hint: ReactNode, options?: RegisterOptions) {
  const { register } = useFormContext();
  const id = toFieldId(name);
  const error = useFieldError(name);
  return {
    id,
    error,
    hint,
    control: {
      id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(
        hint ? `${id}-hint` : undefined,
        error ? `${id}-error` : undefined,
      ),
      ...register(name, options),
    },
  };
}

/** Label, hint and error above a control, in the GOV.UK order. */
function LabelledField({
  field,
  label,
  children,
}: {
  field: ReturnType<typeof useField>;
  label: ReactNode;
  children: ReactNode;
}) {
  const { id, error, hint } = field;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} text={error} /> : null}
      {children}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function TextField({ name, label, hint, className, ...inputProps }: TextFieldProps) {
  const field = useField(name, hint);
  return (
    <LabelledField field={field} label={label}>
      <input className={`input ${className ?? ''}`} {...inputProps} {...field.control} />
    </LabelledField>
  );
}

/** A whole number (minutes, people): the form holds a number, as the shared schema expects. */
export function NumberField({ name, label, hint, className, ...inputProps }: TextFieldProps) {
  const field = useField(name, hint, { valueAsNumber: true });
  return (
    <LabelledField field={field} label={label}>
      <input
        className={`input input--number ${className ?? ''}`}
        type="number"
        inputMode="numeric"
        {...inputProps}
        {...field.control}
      />
    </LabelledField>
  );
}

/**
 * A code typed from a document (ID number, card number, reference): no autocomplete, no
 * spelling correction, capitals on phone keyboards, a width that fits 18 characters.
 */
export function IdentifierField(props: Omit<TextFieldProps, 'className'>) {
  return (
    <TextField
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      {...props}
      className="input--id"
    />
  );
}

interface TextAreaFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  rows?: number;
}

export function TextAreaField({ name, label, hint, rows = 5 }: TextAreaFieldProps) {
  const field = useField(name, hint);
  return (
    <LabelledField field={field} label={label}>
      <textarea rows={rows} className="input textarea" {...field.control} />
    </LabelledField>
  );
}

interface SelectFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  placeholder?: string;
  /** The options are numbers (a weekday): the form holds the number, not its text. */
  numeric?: boolean;
}

export function SelectField({
  name,
  label,
  hint,
  options,
  placeholder,
  numeric,
}: SelectFieldProps) {
  const field = useField(name, hint, numeric ? { valueAsNumber: true } : undefined);
  return (
    <LabelledField field={field} label={label}>
      <select className="input select" {...field.control}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function CheckboxField({ name, label, hint }: CheckboxFieldProps) {
  const { register } = useFormContext();
  const id = toFieldId(name);
  const error = useFieldError(name);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      {error ? <ErrorMessage id={`${id}-error`} text={error} /> : null}
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          className="choice__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            hint ? `${id}-hint` : undefined,
            error ? `${id}-error` : undefined,
          )}
          {...register(name)}
        />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="choice__hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

interface RadioGroupFieldProps {
  name: string;
  legend: ReactNode;
  /** Render the legend as the page heading (GOV.UK "one question per page"). */
  legendIsHeading?: boolean;
  hint?: ReactNode;
  options: { value: string; label: ReactNode; hint?: ReactNode }[];
}

function LegendHeading({ children }: { children: ReactNode }) {
  const ref = useFocusOnNavigation<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function RadioGroupField({
  name,
  legend,
  legendIsHeading,
  hint,
  options,
}: RadioGroupFieldProps) {
  const { register } = useFormContext();
  const id = toFieldId(name);
  const error = useFieldError(name);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(
          hint ? `${id}-hint` : undefined,
          error ? `${id}-error` : undefined,
        )}
      >
        <legend
          className={
            legendIsHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'
          }
        >
          {legendIsHeading ? <LegendHeading>{legend}</LegendHeading> : legend}
        </legend>
        {hint ? (
          <p id={`${id}-hint`} className="field__hint">
            {hint}
          </p>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`} text={error} /> : null}
        <div className="choices">
          {options.map((option, index) => {
            // The first radio carries the field id so the error summary link lands on the group.
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  id={optionId}
                  type="radio"
                  value={option.value}
                  className="choice__input"
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  {...register(name)}
                />
                <label className="choice__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <p id={`${optionId}-hint`} className="choice__hint">
                    {option.hint}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
