const labels: Record<string, { text: string; className: string; title: string }> = {
  anthropic: {
    text: 'Read by Claude',
    className: 'bg-violet-100 text-violet-800',
    title: 'Parsed by Claude (Anthropic). E-mail, phone and street address were replaced by placeholders before sending.',
  },
  offline: {
    text: 'Read by the offline parser',
    className: 'bg-slate-100 text-slate-700',
    title: 'Parsed on our server without any AI service: the CV did not leave the machine.',
  },
};

/** Which parser turned the CV into fields. */
export function ParserBadge({ parser }: { parser: string | undefined }) {
  const label = labels[parser ?? ''];
  if (!label) return null;
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${label.className}`} title={label.title}>
      {label.text}
    </span>
  );
}
