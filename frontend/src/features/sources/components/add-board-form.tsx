import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ApiError, errorMessage } from '@/lib/api-client';

import { addBoardInputSchema, providerNames, useAddBoard, type AddBoardFormValues, type AddBoardInput } from '../api/add-board';
import { boardProviders, type Board, type BoardProvider } from '../api/types';

const examples: Record<BoardProvider, { token: string; address: string }> = {
  greenhouse: { token: 'gitlab', address: 'job-boards.greenhouse.io/gitlab' },
  lever: { token: 'spotify', address: 'jobs.lever.co/spotify' },
  ashby: { token: 'linear', address: 'jobs.ashbyhq.com/linear' },
};

function problemTitle(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return 'Not allowed to change the watchlist';
    if (error.status === 422) return 'Unknown board';
    if (error.status === 502) return 'Could not check the board';
  }
  return 'Could not add the board';
}

const inputClass =
  'mt-1 block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:outline-none sm:text-sm';

/** Adds a company board; the server fetches it once first, so an unknown board is refused. */
export function AddBoardForm({ boards }: { boards: readonly Board[] }) {
  const addBoard = useAddBoard();
  const [added, setAdded] = useState<AddBoardInput | null>(null);
  const ids = { provider: useId(), token: useId(), hint: useId(), error: useId() };
  const {
    register,
    handleSubmit,
    setError,
    control,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<AddBoardFormValues, unknown, AddBoardInput>({
    resolver: zodResolver(addBoardInputSchema),
    mode: 'onTouched',
    defaultValues: { provider: 'greenhouse', token: '' },
  });
  const provider = useWatch({ control, name: 'provider' }) as BoardProvider;
  const example = examples[provider] ?? examples.greenhouse;

  const onSubmit = handleSubmit(async (input) => {
    setAdded(null);
    addBoard.reset();
    if (boards.some((board) => board.provider === input.provider && board.token === input.token)) {
      setError('token', { type: 'duplicate', message: `${input.token} is already on the ${providerNames[input.provider]} watchlist` });
      return;
    }
    try {
      await addBoard.mutateAsync(input);
      setAdded(input);
      resetField('token');
    } catch (error) {
      if (error instanceof ApiError) {
        const tokenError = error.problem.errors?.find((field) => field.field === 'token');
        if (tokenError) setError('token', { type: 'server', message: tokenError.message });
      }
    }
  });

  const tokenError = errors.token?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a company board" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
        <div>
          <label htmlFor={ids.provider} className="block text-sm font-medium text-slate-900">
            Provider
          </label>
          <select id={ids.provider} className={`${inputClass} ring-slate-300 focus:ring-indigo-600`} {...register('provider')}>
            {boardProviders.map((name) => (
              <option key={name} value={name}>
                {providerNames[name]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.token} className="block text-sm font-medium text-slate-900">
            Board name
          </label>
          <input
            id={ids.token}
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder={example.token}
            aria-invalid={tokenError ? true : undefined}
            aria-describedby={tokenError ? `${ids.error} ${ids.hint}` : ids.hint}
            className={`${inputClass} ${tokenError ? 'ring-red-400 focus:ring-red-500' : 'ring-slate-300 focus:ring-indigo-600'}`}
            {...register('token')}
          />
          {tokenError && (
            <p id={ids.error} className="mt-1 text-sm text-red-600">
              {tokenError}
            </p>
          )}
          <p id={ids.hint} className="mt-1 text-xs text-slate-500">
            The name in the board&apos;s address, e.g. <code>{example.token}</code> in <code>{example.address}</code>. Pasting the address works too.
          </p>
        </div>
        <Button type="submit" isLoading={isSubmitting} className="sm:mt-6">
          {isSubmitting ? 'Checking…' : 'Add board'}
        </Button>
      </div>
      {isSubmitting && (
        <p role="status" className="text-sm text-slate-600">
          Checking the board with {providerNames[provider]}; this can take a few seconds.
        </p>
      )}
      {addBoard.isError && <ErrorAlert title={problemTitle(addBoard.error)}>{errorMessage(addBoard.error)}</ErrorAlert>}
      {added && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800">
          {added.token} is on the {providerNames[added.provider]} watchlist. Its jobs come in with the next refresh.
        </p>
      )}
    </form>
  );
}
