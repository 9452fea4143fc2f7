import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { boards } from '../test-fixtures';

import { AddBoardForm } from './add-board-form';

function renderForm() {
  return renderAt(<AddBoardForm boards={boards} />);
}

describe('AddBoardForm', () => {
  it('checks the board name before anything is sent', async () => {
    const fetch = mockFetch({});
    const { user } = renderForm();
    const token = screen.getByLabelText('Board name');

    await user.click(screen.getByRole('button', { name: 'Add board' }));
    expect(await screen.findByText('Enter the board name or paste its address')).toBeInTheDocument();
    expect(token).toHaveAttribute('aria-invalid', 'true');

    await user.type(token, 'acme corp!');
    expect(await screen.findByText(/Use letters, digits, '\.', '-' or '_' only/)).toBeInTheDocument();

    await user.clear(token);
    await user.type(token, 'https://jobs.lever.co/spotify');
    await user.click(screen.getByRole('button', { name: 'Add board' }));
    expect(await screen.findByText('That is a Lever address: choose Lever as the provider')).toBeInTheDocument();

    await user.clear(token);
    await user.type(token, 'GitLab');
    await user.click(screen.getByRole('button', { name: 'Add board' }));
    expect(await screen.findByText('gitlab is already on the Greenhouse watchlist')).toBeInTheDocument();

    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the token read from a pasted address and confirms the addition', async () => {
    const fetch = mockFetch({
      'POST /api/sources/boards': ({ body }) => json({ ...(body as object), origin: 'user', addedAt: '2026-03-01T10:00:00Z' }, 201),
      'GET /api/sources/boards': () => json({ items: boards }),
    });
    const { user } = renderForm();

    await user.selectOptions(screen.getByLabelText('Provider'), 'Lever');
    expect(screen.getByText('jobs.lever.co/spotify')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Board name'), 'https://jobs.lever.co/Spotify');
    await user.click(screen.getByRole('button', { name: 'Add board' }));

    expect(await screen.findByText(/spotify is on the Lever watchlist/)).toBeInTheDocument();
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ provider: 'lever', token: 'spotify' });
    expect(screen.getByLabelText('Board name')).toHaveValue('');
  });

  it.each([
    [422, 'Unknown board', "Unknown greenhouse board 'nope': HTTP 404 from boards-api.greenhouse.io"],
    [502, 'Could not check the board', "Could not check greenhouse board 'nope': could not reach boards-api.greenhouse.io: ConnectException (4 attempts)"],
  ])('shows the problem detail of a %i', async (status, title, detail) => {
    mockFetch({ 'POST /api/sources/boards': () => problem(status, { title: 'Board check failed', detail }) });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Board name'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Add board' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(detail);
    expect(screen.getByLabelText('Board name')).toHaveValue('nope');
  });

  it('puts a server-side field error next to the field', async () => {
    mockFetch({
      'POST /api/sources/boards': () =>
        problem(400, { title: 'Validation failed', detail: 'token: must not be blank', errors: [{ field: 'token', message: 'must not be blank' }] }),
    });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Board name'), 'acme');
    await user.click(screen.getByRole('button', { name: 'Add board' }));

    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(screen.getByLabelText('Board name')).toHaveAttribute('aria-invalid', 'true');
  });
});
