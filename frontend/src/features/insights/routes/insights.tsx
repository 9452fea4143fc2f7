import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export function InsightsRoute() {
  return (
    <>
      <PageHeader title="Insights" description="Trends across the jobs collected so far." />
      <EmptyState title="No insights yet">Skills in demand, salary ranges and where openings come from will be summarised here once jobs have been collected.</EmptyState>
    </>
  );
}
