import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { profileKeys } from '../api/query-keys';
import { latestCv, profile } from '../testing/profile-data';

import { PreferencesForm } from './preferences-form';

function setup(put: Parameters<typeof mockFetch>[0][string]) {
  const fetch = mockFetch({ 'GET /api/profile': () => json(profile()), 'PUT /api/profile': put });
  const view = renderAt(<PreferencesForm profile={profile({ seniority: 'lead', editedFields: ['seniority'] })} parsed={latestCv().parsed!} />);
  return { fetch, ...view };
}

const putBody = (fetch: ReturnType<typeof mockFetch>) => JSON.parse(fetch.mock.calls.find(([, init]) => init?.method === 'PUT')![1]!.body as string);

describe('PreferencesForm', () => {
  it('saves titles, locations, arrangement and salary together with the rest of the profile', async () => {
    const { fetch, user } = setup(({ body }) => json(profile(body as object)));

    await user.type(screen.getByLabelText('Target job titles'), 'Staff Engineer{Enter}Platform Lead,');
    await user.type(screen.getByLabelText('Preferred locations'), 'Berlin{Enter}Remote (EU)');
    await user.selectOptions(screen.getByLabelText('Work arrangement'), 'Hybrid');
    await user.type(screen.getByLabelText('Yearly salary expectation'), '95000');
    await user.type(screen.getByLabelText('Currency'), 'eur');
    await user.click(screen.getByRole('button', { name: 'Remove Platform Lead' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));

    expect(await screen.findByText('All changes saved.')).toBeInTheDocument();
    expect(putBody(fetch)).toMatchObject({
      targetTitles: ['Staff Engineer'],
      preferredLocations: ['Berlin', 'Remote (EU)'],
      remotePreference: 'hybrid',
      salaryExpectation: 95000,
      salaryCurrency: 'EUR',
      seniority: 'lead',
      yearsExperience: 7,
      fullName: 'Priya Raman',
      experience: [expect.objectContaining({ employer: 'Northwind Logistics' })],
    });
  });

  it('wants a currency with a salary and a sensible number of years', async () => {
    const { fetch, user } = setup(() => json(profile()));
    await user.type(screen.getByLabelText('Yearly salary expectation'), '95,000');
    await user.clear(screen.getByLabelText('Years of experience'));
    await user.type(screen.getByLabelText('Years of experience'), '80');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));

    expect(await screen.findByText('Enter a whole number, without separators')).toBeInTheDocument();
    expect(screen.getByText('At most 70 years')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Yearly salary expectation'));
    await user.type(screen.getByLabelText('Yearly salary expectation'), '95000');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Choose the currency of your salary expectation')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });

  it('shows the seniority the CV suggests next to one the user chose', async () => {
    const { user } = setup(() => json(profile()));
    expect(screen.getByText('Edited by you')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Use the CV's seniority" }));
    expect(screen.getByLabelText('Seniority')).toHaveValue('senior');
  });

  it("puts the server's field messages next to the fields", async () => {
    const { user } = setup(() =>
      problem(400, { title: 'Validation failed', detail: 'salaryCurrency: must be an ISO 4217 code', errors: [{ field: 'salaryCurrency', message: 'must be an ISO 4217 code such as EUR or USD' }] }),
    );
    await user.type(screen.getByLabelText('Yearly salary expectation'), '1');
    await user.type(screen.getByLabelText('Currency'), 'XYZ');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('must be an ISO 4217 code such as EUR or USD')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Currency')).toHaveAttribute('aria-invalid', 'true'));
  });
});

// The cache is what a save merges into: a profile another form just saved is not overwritten.
describe('useUpdateProfile through PreferencesForm', () => {
  it('sends the latest cached profile, not the one the form was opened with', async () => {
    const fetch = mockFetch({ 'PUT /api/profile': ({ body }) => json(profile(body as object)) });
    const view = renderAt(<PreferencesForm profile={profile()} parsed={null} />);
    const cache: QueryClient = view.queryClient;
    cache.setQueryData(profileKeys.profile(), profile({ headline: 'Saved a moment ago' }));

    await view.user.type(screen.getByLabelText('Target job titles'), 'CTO{Enter}');
    await view.user.click(screen.getByRole('button', { name: 'Save preferences' }));

    await screen.findByText('All changes saved.');
    expect(putBody(fetch)).toMatchObject({ headline: 'Saved a moment ago', targetTitles: ['CTO'] });
  });
});
