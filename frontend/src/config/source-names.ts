/** Short display names of the job sources (ids as the API sends them), for lists, filters and tables. */
const SOURCE_NAMES: Record<string, string> = {
  remoteok: 'Remote OK',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  remotive: 'Remotive',
  arbeitnow: 'Arbeitnow',
  wwr: 'We Work Remotely',
};

/** The display name of a source id; an unknown id is shown as it is. */
export function sourceName(source: string): string {
  return SOURCE_NAMES[source] ?? source;
}
