import { createContext, useContext, useMemo, useState, type FocusEvent, type ReactNode } from 'react';

type State = { text: string | null; reveal: number };
type Highlight = State & {
  /** Point at `text` in the CV; with `reveal`, also bring the CV panel into view if it is off screen. */
  show: (text: string | null, options?: { reveal?: boolean }) => void;
};

const HighlightContext = createContext<Highlight>({ text: null, reveal: 0, show: () => {} });

/** What the review should point out in the CV text: the value of the field being looked at. */
export function HighlightProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ text: null, reveal: 0 });
  const value = useMemo<Highlight>(
    () => ({
      ...state,
      show: (text, options) => setState((previous) => ({ text, reveal: options?.reveal ? previous.reveal + 1 : previous.reveal })),
    }),
    [state],
  );
  return <HighlightContext.Provider value={value}>{children}</HighlightContext.Provider>;
}

export function useHighlight() {
  return useContext(HighlightContext);
}

/** Focus handler for a form: focusing a field with a value highlights that value in the CV. */
export function useHighlightOnFocus() {
  const { show } = useHighlight();
  return (event: FocusEvent<HTMLElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    if (target.type === 'checkbox') return;
    const firstLine = target.value.split('\n').find((line) => line.trim().length > 0)?.trim() ?? '';
    show(firstLine.length >= 2 ? firstLine : null);
  };
}
