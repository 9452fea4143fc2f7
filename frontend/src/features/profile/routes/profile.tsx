import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export function ProfileRoute() {
  return (
    <>
      <PageHeader title="Profile" description="Your CV and what you are looking for." />
      <EmptyState title="No profile yet">Your CV, skills and job preferences will be shown here. Matching uses them to rank jobs for you.</EmptyState>
    </>
  );
}
