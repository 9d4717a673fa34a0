/** A modal bottom sheet on the native <dialog>: traps focus, closes on Escape, returns focus to its opener. */
import { useEffect, useRef, type ReactNode } from 'react';
import { APP_IDS } from '../../contract/dom-ids';

export function Sheet({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      onClose();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);
  return (
    <dialog ref={ref} className="sheet" aria-labelledby={APP_IDS.sheetTitle}>
      <div className="sheet-head">
        <h2 id={APP_IDS.sheetTitle}>{title}</h2>
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {open ? <div className="sheet-body">{children}</div> : null}
    </dialog>
  );
}
