import type { UploadResult } from '../api/upload-cv';

import type { UploadMessage } from './upload-messages';

const fallbackReasons: Record<string, string> = {
  timeout: 'Claude did not answer in time',
  overloaded: 'Claude was overloaded',
  invalid_answer: "Claude's answer was not usable",
  failed: 'Claude could not be reached',
};

function Failed({ message }: { message: UploadMessage }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      <p className="font-semibold">{message.title}</p>
      <p>{message.detail}</p>
      {message.hint && <p className="mt-1 text-red-700">{message.hint}</p>}
    </div>
  );
}

function Done({ result }: { result: UploadResult }) {
  const parser = result.parser === 'anthropic' ? 'Claude' : 'the offline parser';
  const found = result.parsed;
  const counts = [
    `${found?.experience?.length ?? 0} position${found?.experience?.length === 1 ? '' : 's'}`,
    `${found?.education?.length ?? 0} education entr${found?.education?.length === 1 ? 'y' : 'ies'}`,
    `${found?.skills?.length ?? 0} skill${found?.skills?.length === 1 ? '' : 's'}`,
  ];
  return (
    <div role="status" className="rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
      <p className="font-semibold">
        {result.cv?.filename} was read by {parser}
        {result.cached ? ' (same text as before, earlier result reused)' : ''}.
      </p>
      {result.fallbackReason && (
        <p>{fallbackReasons[result.fallbackReason] ?? 'Claude was unavailable'}, so the offline parser stood in. Check the fields with extra care.</p>
      )}
      <p>
        Found {counts.join(', ')}. Review each field below and correct anything we got wrong.
      </p>
    </div>
  );
}

export const UploadOutcome = { Failed, Done };
