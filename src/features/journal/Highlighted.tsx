import { highlight } from '../../lib/searchText';

/** Text with search matches wrapped in <mark>; everything stays React text, never HTML. */
export function Highlighted({ text, tokens }: { text: string; tokens: readonly string[] }) {
  return (
    <>
      {highlight(text, tokens).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
