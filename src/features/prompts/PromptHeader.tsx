interface PromptHeaderProps {
  promptId?: string | undefined;
  questionId?: string | undefined;
}

/**
 * Shown above the journal editor when an entry answers a prompt or the
 * therapist's question. Owned by the prompts feature; renders nothing until
 * that feature lands.
 */
export function PromptHeader(_props: PromptHeaderProps) {
  return null;
}
