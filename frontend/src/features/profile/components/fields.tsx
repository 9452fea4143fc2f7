import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

// Labelled form controls for the profile forms: a label with an optional badge, a hint under it,
// and the error message tied to the control for screen readers.

type Frame = { label: string; badge?: ReactNode; hint?: ReactNode; error?: string; className?: string };

const controlClass = (error?: string) =>
  `mt-1 block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:outline-none disabled:bg-slate-50 sm:text-sm ${
    error ? 'ring-red-400 focus:ring-red-500' : 'ring-slate-300 focus:ring-indigo-600'
  }`;

function FieldFrame({ id, label, badge, hint, error, className = '', children }: Frame & { id: string; children: ReactNode }) {
  return (
    <div className={`min-w-0 ${className}`}>
      <div className="flex flex-wrap items-center gap-x-2">
        <label htmlFor={id} className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        {badge}
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      ) : (
        hint && (
          <div id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
            {hint}
          </div>
        )
      )}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

type InputFieldProps = Frame & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { ref?: Ref<HTMLInputElement> };

export function InputField({ label, badge, hint, error, className, id, ...props }: InputFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldFrame id={inputId} label={label} badge={badge} hint={hint} error={error} className={className}>
      <input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(inputId, error, hint)} className={controlClass(error)} {...props} />
    </FieldFrame>
  );
}

type TextareaFieldProps = Frame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> & { ref?: Ref<HTMLTextAreaElement> };

export function TextareaField({ label, badge, hint, error, className, id, ...props }: TextareaFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldFrame id={inputId} label={label} badge={badge} hint={hint} error={error} className={className}>
      <textarea id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(inputId, error, hint)} className={controlClass(error)} {...props} />
    </FieldFrame>
  );
}

type SelectFieldProps = Frame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & { ref?: Ref<HTMLSelectElement> };

export function SelectField({ label, badge, hint, error, className, id, children, ...props }: SelectFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldFrame id={inputId} label={label} badge={badge} hint={hint} error={error} className={className}>
      <select id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(inputId, error, hint)} className={controlClass(error)} {...props}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** Marks a field or section the user corrected by hand; a new CV upload leaves those alone. */
export function EditedBadge() {
  return (
    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800" title="You edited this; a new CV upload will not overwrite it">
      Edited by you
    </span>
  );
}
