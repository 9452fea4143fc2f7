import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export function MatchesRoute() {
  return (
    <>
      <PageHeader title="Matches" description="Jobs ranked by how well they fit your profile." />
      <EmptyState title="No matches yet">Once your profile is filled in and jobs have been collected, the best-fitting ones will appear here with a score and the reasons behind it.</EmptyState>
    </>
  );
}
