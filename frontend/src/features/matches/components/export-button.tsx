import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';

import { useExportMatches } from '../api/export-matches';

export function ExportButton() {
  const exportCsv = useExportMatches();
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" isLoading={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
        Export CSV
      </Button>
      {exportCsv.isError && <ErrorAlert title="Export failed">{errorMessage(exportCsv.error)}</ErrorAlert>}
    </div>
  );
}
