import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { authToken } from '@/lib/auth-token';
import { renderAt } from '@/testing/render';

import { FakeXhr } from '../testing/fake-xhr';
import { latestCv, profile } from '../testing/profile-data';

import { CvUpload } from './cv-upload';

function cvFile(name = 'priya.pdf', size = 60_000, type = 'application/pdf') {
  return new File([new Uint8Array(size)], name, { type });
}

function drop(files: File[]) {
  fireEvent.drop(screen.getByTestId('cv-dropzone'), { dataTransfer: { files, types: ['Files'] } });
}

/** The upload the component started (the mutation sends it a tick after the drop). */
async function sent(): Promise<FakeXhr> {
  await waitFor(() => expect(FakeXhr.requests).not.toHaveLength(0));
  return FakeXhr.last;
}

const uploaded = { cv: profile().cv, parser: 'offline', fallbackReason: null, cached: false, parsed: latestCv().parsed, profile: profile() };

describe('CvUpload', () => {
  beforeEach(() => FakeXhr.install());

  it('uploads a dropped file with the token, showing progress, then what was read', async () => {
    authToken.set('jwt-1', 3600);
    renderAt(<CvUpload hasCv={false} />);

    drop([cvFile()]);

    const request = await sent();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/profile/cv');
    expect(request.headers.Authorization).toBe('Bearer jwt-1');
    expect((request.body?.get('file') as File).name).toBe('priya.pdf');

    request.progress(15_000, 60_000);
    expect(screen.getByRole('progressbar', { name: 'Uploading priya.pdf' })).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText('25%')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CV file')).toBeDisabled();

    request.progress(60_000, 60_000);
    expect(screen.getByText(/Reading priya\.pdf/)).toBeInTheDocument();

    request.respond(201, uploaded);
    expect(await screen.findByText('priya.txt was read by the offline parser.')).toBeInTheDocument();
    expect(screen.getByText(/Found 1 position, 0 education entries, 0 skills/)).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CV file')).toBeEnabled();
  });

  it('says when Claude was configured but the offline parser stood in', async () => {
    renderAt(<CvUpload hasCv />);
    drop([cvFile()]);
    (await sent()).respond(201, { ...uploaded, fallbackReason: 'timeout' });
    expect(await screen.findByText(/Claude did not answer in time, so the offline parser stood in/)).toBeInTheDocument();
  });

  it.each([
    [413, 'Content too large', 'The PDF has 31 pages; at most 20 are read.', 'This file is too large'],
    [415, 'Unsupported media type', 'Upload your CV as a PDF, a Word document (.docx), or plain text / Markdown.', 'This file type is not supported'],
    [422, 'Unprocessable content', 'This PDF is password-protected. Remove the password and upload it again.', 'We could not read this CV'],
  ])('explains a %i answer with the server’s own words', async (status, title, detail, heading) => {
    renderAt(<CvUpload hasCv={false} />);
    drop([cvFile()]);
    (await sent()).respond(status, { status, title, detail });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(heading);
    expect(alert).toHaveTextContent(detail);
  });

  it('on 429 tells when uploading is possible again and blocks the drop zone until then', async () => {
    renderAt(<CvUpload hasCv={false} />);
    drop([cvFile()]);
    (await sent()).respond(429, { status: 429, title: 'Too many requests', detail: 'At most 5 CV uploads per hour are allowed. Try again in 1500 seconds.' }, { 'Retry-After': '1500' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many uploads');
    expect(alert).toHaveTextContent('You can upload again in 25 minutes.');
    expect(screen.getByLabelText('Choose a CV file')).toBeDisabled();
  });

  it('refuses a file that is too large or empty without sending it', async () => {
    renderAt(<CvUpload hasCv={false} />);

    drop([cvFile('scan.pdf', 6 * 1024 * 1024)]);
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is too large');
    expect(screen.getByRole('alert')).toHaveTextContent('scan.pdf is 6.0 MB');

    drop([cvFile('empty.txt', 0, 'text/plain')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is empty');

    drop([cvFile('a.pdf'), cvFile('b.pdf')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('One file at a time');
    expect(FakeXhr.requests).toHaveLength(0);
  });

  it('can cancel an upload in progress', async () => {
    const { user } = renderAt(<CvUpload hasCv={false} />);
    drop([cvFile()]);
    (await sent()).progress(1000, 60_000);

    await user.click(screen.getByRole('button', { name: 'Cancel upload' }));

    expect(FakeXhr.last.aborted).toBe(true);
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports a network failure', async () => {
    renderAt(<CvUpload hasCv={false} />);
    drop([cvFile()]);
    (await sent()).fail();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server');
  });

  it('also takes a file chosen with the file picker', async () => {
    const { user } = renderAt(<CvUpload hasCv={false} />);
    await user.upload(screen.getByLabelText('Choose a CV file'), cvFile('cv.txt', 300, 'text/plain'));
    expect((await sent()).body?.get('file')).toBeInstanceOf(File);
  });
});
