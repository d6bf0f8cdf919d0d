import type { PrepSection } from './prep';

/** The page itself: on screen, full screen and in print. Text only, never HTML from data. */
export function PrepDocument({ heading, sections }: { heading: string; sections: readonly PrepSection[] }) {
  return (
    <article className="card prep-doc" aria-label={heading}>
      <h2>{heading}</h2>
      {sections.map((s) => (
        <section key={s.key} aria-label={s.title}>
          <h3>{s.title}</h3>
          <ul>
            {s.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
