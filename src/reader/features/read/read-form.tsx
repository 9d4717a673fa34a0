/** `/read`'s input: the "Article text" area with its Read button, and a file picker that is also a drop zone. */
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { MAX_LOCAL_PAGE_BYTES, MAX_LOCAL_TEXT_BYTES } from '../../../contract/local-read';
import { Notice } from '../../components/notice';
import { ACCEPTED_FILES } from '../../lib/read-input';

/** What the form is doing: waiting, reading one input (by name), or showing why the last one failed. */
export type ReadStatus = { kind: 'idle' } | { kind: 'reading'; name: string } | { kind: 'failed'; message: string };

interface ReadFormProps {
  status: ReadStatus;
  onReadText: (text: string) => void;
  onReadFile: (file: File) => void;
  onStop: () => void;
}

const MB = 1024 * 1024;

export function ReadForm({ status, onReadText, onReadFile, onStop }: ReadFormProps) {
  // Uncontrolled: a pasted megabyte must not re-render the page on every keystroke.
  const text = useRef<HTMLTextAreaElement>(null);
  const [dragging, setDragging] = useState(false);
  const reading = status.kind === 'reading';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reading) onReadText(text.current?.value ?? '');
  };
  const over = (event: DragEvent) => {
    event.preventDefault();
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !reading) onReadFile(file);
  };

  return (
    <form className="read-form" onSubmit={submit} aria-busy={reading}>
      <label htmlFor="read-text" className="read-label">
        Article text
      </label>
      <p id="read-text-hint" className="small muted">
        Paste a story’s text, from its headline down (up to {MAX_LOCAL_TEXT_BYTES / MB} MB).
      </p>
      <textarea id="read-text" ref={text} className="read-text" rows={10} spellCheck={false} aria-describedby="read-text-hint" />
      <div className={`drop-zone${dragging ? ' drop-zone-active' : ''}`} onDragOver={over} onDragEnter={over} onDragLeave={() => setDragging(false)} onDrop={drop} data-drop-zone>
        <label htmlFor="read-file">Or choose a file: a .txt story or a saved page (.html, up to {MAX_LOCAL_PAGE_BYTES / MB} MB)</label>
        <input
          id="read-file"
          type="file"
          accept={ACCEPTED_FILES}
          disabled={reading}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so choosing the same file again reads it again.
            event.currentTarget.value = '';
            if (file) onReadFile(file);
          }}
        />
        <p className="small muted">You can also drop a file here. A file is read as soon as it is chosen.</p>
      </div>
      <p className="read-actions">
        <button type="submit" className="button button-primary" disabled={reading}>
          Read
        </button>
        {reading ? (
          <button type="button" className="button" onClick={onStop}>
            Stop
          </button>
        ) : null}
      </p>
      <p className="read-status" role="status" aria-live="polite">
        {reading ? `Reading “${status.name}”…` : ''}
      </p>
      {status.kind === 'failed' ? (
        <Notice title="This could not be read" tone="error">
          <p className="error-message" data-read-error>
            {status.message}
          </p>
          <p>Nothing kept on this device was changed.</p>
        </Notice>
      ) : null}
    </form>
  );
}
