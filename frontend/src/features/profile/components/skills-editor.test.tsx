import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockFetch } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { skills } from '../testing/profile-data';

import { SkillsEditor } from './skills-editor';

const suggestions = [
  { name: 'Kubernetes', category: 'devops', openJobs: 42, custom: false },
  { name: 'Kotlin', category: 'language', openJobs: 7, custom: false },
];

function setup(extra: Parameters<typeof mockFetch>[0] = {}) {
  const fetch = mockFetch({
    'GET /api/profile/skills': () => json(skills),
    'GET /api/profile/skills/autocomplete': () => json(suggestions),
    'POST /api/profile/skills': ({ body }) => json({ ...(body as object), origin: 'manual', custom: false }, 201),
    'DELETE /api/profile/skills': () => new Response(null, { status: 204 }),
    ...extra,
  });
  return { fetch, ...renderAt(<SkillsEditor hasCv />) };
}

const calls = (fetch: ReturnType<typeof mockFetch>, method: string) => fetch.mock.calls.filter(([, init]) => init?.method === method);

describe('SkillsEditor', () => {
  it('changes a level at once, keeping the years', async () => {
    const { fetch, user } = setup();
    await user.selectOptions(await screen.findByLabelText('Level of Java'), 'Expert');
    await waitFor(() => expect(calls(fetch, 'POST')).toHaveLength(1));
    expect(JSON.parse(calls(fetch, 'POST')[0]![1]!.body as string)).toEqual({ name: 'Java', level: 'expert', years: 7 });
  });

  it('saves years when the field is left, and refuses nonsense', async () => {
    const { fetch, user } = setup();
    const years = await screen.findByLabelText('Years of Apache Kafka');
    await user.type(years, '99');
    await user.tab();
    expect(await screen.findByText('Enter 0 to 60 years')).toBeInTheDocument();
    expect(calls(fetch, 'POST')).toHaveLength(0);

    await user.clear(years);
    await user.type(years, '2.5{Enter}');
    await waitFor(() => expect(calls(fetch, 'POST')).toHaveLength(1));
    expect(JSON.parse(calls(fetch, 'POST')[0]![1]!.body as string)).toEqual({ name: 'Apache Kafka', level: null, years: 2.5 });
  });

  it('removes a skill by name', async () => {
    const { fetch, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Remove Bird watching' }));
    await waitFor(() => expect(calls(fetch, 'DELETE')).toHaveLength(1));
    expect(calls(fetch, 'DELETE')[0]![0]).toBe('/api/profile/skills?name=Bird%20watching');
  });

  it('suggests skills as you type, ranked by open jobs, picked with the keyboard', async () => {
    const { fetch, user } = setup();
    const input = await screen.findByRole('combobox', { name: 'Skill' });

    await user.type(input, 'k');
    const listbox = await screen.findByRole('listbox', { name: 'Skill suggestions' });
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Kubernetesdevops · 42 open jobs', 'Kotlinlanguage · 7 open jobs']);
    expect(calls(fetch, 'GET').some(([url]) => String(url).includes('/autocomplete?q=k&limit=8'))).toBe(true);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', within(listbox).getAllByRole('option')[1]!.id);
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Kotlin');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await user.selectOptions(screen.getByLabelText('Level'), 'Advanced');
    await user.type(screen.getByLabelText('Years'), '3');
    await user.click(screen.getByRole('button', { name: 'Add skill' }));

    expect(await screen.findByText('Added Kotlin.')).toBeInTheDocument();
    expect(JSON.parse(calls(fetch, 'POST')[0]![1]!.body as string)).toEqual({ name: 'Kotlin', level: 'advanced', years: 3 });
    expect(input).toHaveValue('');
  });

  it('adds an unknown name as a custom skill and says so', async () => {
    const { user } = setup({
      'GET /api/profile/skills/autocomplete': () => json([]),
      'POST /api/profile/skills': ({ body }) => json({ ...(body as object), origin: 'manual', custom: true }, 201),
    });
    const input = await screen.findByRole('combobox', { name: 'Skill' });
    await user.type(input, 'Origami');
    expect(await screen.findByText('Not in our list: it will be added as your own custom skill.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add skill' }));
    expect(await screen.findByText('Added Origami as your own skill.')).toBeInTheDocument();
  });

  it('asks for a name before adding', async () => {
    const { fetch, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Add skill' }));
    expect(await screen.findByText('Enter a skill')).toBeInTheDocument();
    expect(calls(fetch, 'POST')).toHaveLength(0);
  });
});
