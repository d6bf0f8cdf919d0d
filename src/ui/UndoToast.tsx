import { useEffect } from 'react';

interface UndoToastProps {
  message: string;
  undoLabel: string;
  onUndo: () => void;
  /** Called when the toast times out or is dismissed. */
  onClose: () => void;
  /** How long the undo stays available. */
  timeoutMs?: number;
}

/** "Entry deleted — Undo" for several seconds; announced politely. */
export function UndoToast({ message, undoLabel, onUndo, onClose, timeoutMs = 8000 }: UndoToastProps) {
  useEffect(() => {
    const timer = window.setTimeout(onClose, timeoutMs);
    return () => window.clearTimeout(timer);
  }, [onClose, timeoutMs]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button
        type="button"
        className="button"
        onClick={() => {
          onUndo();
          onClose();
        }}
      >
        {undoLabel}
      </button>
    </div>
  );
}
