import { useFormContext, useWatch, type FieldValues, type Path, type PathValue } from 'react-hook-form';

/**
 * Under a field whose value differs from what the latest CV says (because the user edited it, or
 * edited it before this CV was uploaded): the CV's value, and a button to take it.
 */
export function ParsedHint<T extends FieldValues>({ name, parsed, label }: { name: Path<T>; parsed: string | null | undefined; label: string }) {
  const { control, setValue } = useFormContext<T>();
  const current = useWatch({ control, name }) as unknown;
  const cvValue = parsed?.trim();
  if (!cvValue || String(current ?? '').trim() === cvValue) return null;
  return (
    <span className="flex items-start gap-2">
      <span className="line-clamp-2 min-w-0">
        Your CV says: <q className="text-slate-700">{cvValue}</q>
      </span>
      <button
        type="button"
        className="shrink-0 font-medium text-indigo-600 hover:underline"
        aria-label={`Use the CV's ${label}`}
        onClick={() => setValue(name, cvValue as PathValue<T, Path<T>>, { shouldDirty: true, shouldValidate: true })}
      >
        Use
      </button>
    </span>
  );
}
