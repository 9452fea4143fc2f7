import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useLatestCv } from '../api/get-latest-cv';
import { useProfile } from '../api/get-profile';
import { CvTextPanel } from '../components/cv-text-panel';
import { CvUpload } from '../components/cv-upload';
import { ExportButton } from '../components/export-button';
import { PreferencesForm } from '../components/preferences-form';
import { ReviewForm } from '../components/review-form';
import { HighlightProvider } from '../components/review-highlight';
import { SkillsEditor } from '../components/skills-editor';

export function ProfileRoute() {
  const profile = useProfile();
  const latest = useLatestCv();

  const header = (
    <div className="flex flex-col sm:flex-row sm:items-start sm:justify-between sm:gap-4">
      <PageHeader title="Profile" description="Your CV, skills and what you are looking for. Matching ranks jobs with them." />
      <div className="mb-6 shrink-0">
        <ExportButton />
      </div>
    </div>
  );

  if (profile.isPending || latest.isPending) {
    return (
      <>
        {header}
        <PageSpinner />
      </>
    );
  }
  if (profile.isError) {
    return (
      <>
        {header}
        <ErrorAlert title="Could not load your profile">{errorMessage(profile.error)}</ErrorAlert>
        <Button variant="secondary" className="mt-4" onClick={() => void profile.refetch()}>
          Try again
        </Button>
      </>
    );
  }

  const cv = latest.data ?? null;
  const parsed = cv?.parsed ?? null;
  return (
    <HighlightProvider>
      {header}
      <div className="space-y-6">
        <CvUpload hasCv={cv !== null} />
        {latest.isError && <ErrorAlert title="Could not load your CV's text">{errorMessage(latest.error)}</ErrorAlert>}

        <div>
          <div className="mb-3">
            <h2 className="text-lg font-semibold text-slate-900">{cv ? 'Review what we read' : 'Your details'}</h2>
            <p className="mt-1 text-sm text-slate-600">
              {cv
                ? 'Your CV’s text is shown next to the fields we filled in from it (above them on a phone). Select a field to find its value in the CV, correct anything we got wrong, then save.'
                : 'Upload your CV to fill these in, or type them yourself.'}
            </p>
          </div>
          {cv ? (
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 lg:items-start lg:gap-6">
              <div className="min-w-0 lg:sticky lg:top-4">
                <CvTextPanel latest={cv} />
              </div>
              <div className="min-w-0 space-y-4">
                <ReviewForm profile={profile.data} parsed={parsed} />
                <SkillsEditor hasCv />
              </div>
            </div>
          ) : (
            <div className="space-y-4">
              <ReviewForm profile={profile.data} parsed={null} />
              <SkillsEditor hasCv={false} />
            </div>
          )}
        </div>

        <PreferencesForm profile={profile.data} parsed={parsed} />
      </div>
    </HighlightProvider>
  );
}
