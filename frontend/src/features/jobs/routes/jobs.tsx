import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export function JobsRoute() {
  return (
    <>
      <PageHeader title="Jobs" description="Openings collected from job boards and company career pages." />
      <EmptyState title="No jobs yet">Jobs gathered from your sources will be listed here, with search and filters by title, skills, location, remote and salary.</EmptyState>
    </>
  );
}
