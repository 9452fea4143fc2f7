import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';

import { useDownloadExport } from '../api/export-profile';

/** Everything we hold about the user as a JSON file: profile, skills and every CV uploaded. */
export function ExportButton() {
  const download = useDownloadExport();
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button variant="secondary" isLoading={download.isPending} onClick={() => download.mutate()}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.614L6.295 8.235a.75.75 0 1 0-1.09 1.03l4.25 4.5a.75.75 0 0 0 1.09 0l4.25-4.5a.75.75 0 0 0-1.09-1.03l-2.955 3.129V2.75Z" />
          <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
        </svg>
        Download my data
      </Button>
      {download.isError && (
        <p role="alert" className="text-sm text-red-600">
          {errorMessage(download.error)}
        </p>
      )}
    </div>
  );
}
