import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { emptyProfile, latestCv, profile, skills } from '../testing/profile-data';

import { ProfileRoute } from './profile';

function withCv(overrides: Parameters<typeof profile>[0] = {}, extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/profile': () => json(profile(overrides)),
    'GET /api/profile/cv': () => json(latestCv()),
    'GET /api/profile/skills': () => json(skills),
    ...extra,
  });
}

describe('ProfileRoute', () => {
  it('before any upload, offers the drop zone and empty sections without inventing anything', async () => {
    mockFetch({
      'GET /api/profile': () => json(emptyProfile),
      'GET /api/profile/cv': () => problem(404, { title: 'Not found', detail: 'No CV has been uploaded yet.' }),
      'GET /api/profile/skills': () => json([]),
    });
    renderAt(<ProfileRoute />, '/profile');

    expect(await screen.findByRole('heading', { name: 'Start with your CV' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CV file')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your CV as we read it' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Full name')).toHaveValue('');
    expect(screen.getByLabelText('Email')).toHaveValue('');
    expect(screen.getByText(/No positions yet/)).toBeInTheDocument();
    expect(await screen.findByText(/No skills yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download my data' })).toBeInTheDocument();
  });

  it('shows the CV text beside the parsed fields, with the parser that read it', async () => {
    withCv();
    renderAt(<ProfileRoute />, '/profile');

    const panel = await screen.findByRole('region', { name: 'Your CV as we read it' });
    expect(within(panel).getByText('Read by the offline parser')).toBeInTheDocument();
    expect(within(panel).getByText(/priya\.txt/)).toBeInTheDocument();
    expect(within(panel).getByLabelText('CV text')).toHaveTextContent('Moved event processing from RabbitMQ');
    expect(screen.getByLabelText('Full name')).toHaveValue('Priya Raman');
    expect(screen.getByLabelText('Job title')).toHaveValue('Senior Backend Engineer');
    expect(screen.getByLabelText('I work here now')).toBeChecked();
    expect(screen.getByLabelText('End')).toBeDisabled();
    expect(screen.getByLabelText('Language 1')).toHaveValue('German');
    expect(screen.getByLabelText('Link 1')).toHaveValue('github.com/priya');
    expect(screen.getByText(/No education was found in your CV/)).toBeInTheDocument();
  });

  it('highlights where the CV says the value of the field in focus', async () => {
    withCv();
    const { user } = renderAt(<ProfileRoute />, '/profile');

    await user.click(await screen.findByLabelText('Employer'));

    const panel = screen.getByRole('region', { name: 'Your CV as we read it' });
    expect(panel.querySelector('mark')).toHaveTextContent('Northwind Logistics');
    expect(within(panel).getByText('Highlighted where your CV says this.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Headline'));
    await user.type(screen.getByLabelText('Headline'), 'Astronaut');
    await user.click(screen.getByLabelText('Location', { selector: 'input[name="location"]' }));
    await user.click(screen.getByLabelText('Headline'));
    expect(within(panel).getByText('This value does not appear word for word in your CV.')).toBeInTheDocument();
    expect(panel.querySelector('mark')).toBeNull();
  });

  it('marks hand-edited fields and shows what the CV says next to them', async () => {
    withCv({ fullName: 'Priya R.', editedFields: ['fullName', 'experience'] });
    const { user } = renderAt(<ProfileRoute />, '/profile');

    const name = await screen.findByLabelText('Full name');
    expect(name).toHaveValue('Priya R.');
    expect(screen.getAllByText('Edited by you')).toHaveLength(2);
    expect(screen.getByText('Priya Raman', { selector: 'q' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: "Use the CV's name" }));
    expect(name).toHaveValue('Priya Raman');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
  });

  it('saves a correction with the whole profile, keeping the fields it does not edit', async () => {
    const fetch = withCv({ targetTitles: ['Staff Engineer'], salaryExpectation: 90000, salaryCurrency: 'EUR' }, {
      'PUT /api/profile': ({ body }) => json(profile({ ...(body as object), editedFields: ['headline'] })),
    });
    const { user } = renderAt(<ProfileRoute />, '/profile');

    const headline = await screen.findByLabelText('Headline');
    await user.clear(headline);
    await user.type(headline, 'Staff Backend Engineer');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('All changes saved.')).toBeInTheDocument();
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    const body = JSON.parse(put[1]!.body as string);
    expect(body).toMatchObject({
      fullName: 'Priya Raman',
      headline: 'Staff Backend Engineer',
      summary: null,
      targetTitles: ['Staff Engineer'],
      salaryExpectation: 90000,
      salaryCurrency: 'EUR',
      links: ['github.com/priya'],
      languages: [{ name: 'German', level: 'C1' }],
    });
    expect(body.experience[0]).toMatchObject({ employer: 'Northwind Logistics', start: '2021-03', current: true, highlights: ['Moved event processing from RabbitMQ to Apache Kafka'] });
    expect(Object.keys(body).sort()).toEqual(
      ['education', 'email', 'experience', 'fullName', 'headline', 'languages', 'links', 'location', 'phone', 'preferredLocations', 'remotePreference', 'salaryCurrency', 'salaryExpectation', 'seniority', 'summary', 'targetTitles', 'yearsExperience'].sort(),
    );
    expect(body).not.toHaveProperty('skills');
    expect(await screen.findByText('Edited by you')).toBeInTheDocument();
  });

  it('checks dates before sending and puts server field errors next to their fields', async () => {
    const fetch = withCv({}, {
      'PUT /api/profile': () =>
        problem(400, { title: 'Validation failed', detail: 'experience[0].title: too long', errors: [{ field: 'experience[0].title', message: 'size must be between 0 and 200' }] }),
    });
    const { user } = renderAt(<ProfileRoute />, '/profile');

    await user.click(await screen.findByLabelText('I work here now'));
    await user.type(screen.getByLabelText('End'), '2019');
    await user.clear(screen.getByLabelText('Start'));
    await user.type(screen.getByLabelText('Start'), 'March 2021');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Use YYYY or YYYY-MM')).toBeInTheDocument();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);

    await user.clear(screen.getByLabelText('Start'));
    await user.type(screen.getByLabelText('Start'), '2021-03');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('The end is before the start')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('End'));
    await user.type(screen.getByLabelText('End'), '2023-06');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('size must be between 0 and 200')).toBeInTheDocument();
    expect(screen.getByLabelText('Job title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need correcting');
  });

  it('says so when the profile cannot be loaded', async () => {
    mockFetch({
      'GET /api/profile': () => problem(503, { title: 'Service Unavailable', detail: 'The database is starting.' }),
      'GET /api/profile/cv': () => json(latestCv()),
    });
    renderAt(<ProfileRoute />, '/profile');

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is starting.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('lists skills with the CV line that shows them', async () => {
    withCv();
    const { user } = renderAt(<ProfileRoute />, '/profile');

    const list = await screen.findByRole('list', { name: 'Your skills' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(within(list).getByText('Bird watching')).toBeInTheDocument();
    expect(within(list).getByText('Custom')).toBeInTheDocument();
    expect(within(list).getByText('Added by you')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: /Moved event processing/ }));
    expect(screen.getByRole('region', { name: 'Your CV as we read it' }).querySelector('mark')).toHaveTextContent('Moved event processing from RabbitMQ to Apache Kafka');
  });
});
