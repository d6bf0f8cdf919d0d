/** What another app shared with Between through the share target (GET title/text/url). */
export interface SharedText {
  title: string;
  body: string;
}

const MAX_SHARED_CHARS = 20_000;

/** Read share-target parameters; undefined when nothing was shared. Text stays text. */
export function readSharedText(search: string): SharedText | undefined {
  const params = new URLSearchParams(search);
  const title = (params.get('title') ?? '').trim();
  const text = (params.get('text') ?? '').trim();
  const url = (params.get('url') ?? '').trim();
  // Some apps put the link inside `text` as well; do not repeat it.
  const parts = [text, url && !text.includes(url) ? url : ''].filter(Boolean);
  const body = parts.join('\n\n').slice(0, MAX_SHARED_CHARS);
  if (!title && !body) return undefined;
  return { title: title.slice(0, 500), body };
}

/** Add newly shared text to an existing draft without losing either. */
export function mergeIntoDraft(draft: SharedText | undefined, shared: SharedText): SharedText {
  if (!draft || (!draft.title && !draft.body)) return shared;
  const sharedBlock = [shared.title, shared.body].filter(Boolean).join('\n');
  return {
    title: draft.title || shared.title,
    body: [draft.body, draft.title ? sharedBlock : shared.body].filter(Boolean).join('\n\n'),
  };
}
