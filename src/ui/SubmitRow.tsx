interface SubmitRowProps {
  label: string;
  /** A quiet line announced politely after saving ("Saved.", "Added."). */
  status: string;
  primary?: boolean;
  statusClassName?: string;
}

/** The end of a form: its submit button and the polite status line under it. */
export function SubmitRow({ label, status, primary = false, statusClassName = 'field-hint' }: SubmitRowProps) {
  return (
    <>
      <div className="actions">
        <button type="submit" className={primary ? 'button primary' : 'button'}>
          {label}
        </button>
      </div>
      <p role="status" className={statusClassName}>
        {status}
      </p>
    </>
  );
}
