import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';

import { ExportButton } from './export-button';

/** The heading of the Matches and Tracker pages: title, description, Refresh and CSV export. */
export function MatchesHeader({
  title,
  description,
  refreshing,
  onRefresh,
}: {
  title: string;
  description: string;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <PageHeader title={title} description={description} />
      <div className="flex items-start gap-2">
        <Button variant="secondary" isLoading={refreshing} onClick={onRefresh}>
          Refresh
        </Button>
        <ExportButton />
      </div>
    </div>
  );
}
