/** Above a story read on this device: where it is kept (so its links open only here), and its two downloads. */
import { Link } from 'react-router-dom';

interface LocalStoryPrefaceProps {
  seedName: string;
  listHref: string;
  onDownloadSeed: () => void;
  onDownloadJson: () => void;
}

export function LocalStoryPreface({ seedName, listHref, onDownloadSeed, onDownloadJson }: LocalStoryPrefaceProps) {
  return (
    <div className="local-note" role="note">
      <p>
        <strong>Read on this device.</strong> This story is kept in this browser only: its links, and the view and section links you copy from
        it, open only on this device.
      </p>
      <p className="local-actions">
        <button type="button" className="button" onClick={onDownloadSeed}>
          Download the seed file ({seedName})
        </button>
        <button type="button" className="button" onClick={onDownloadJson}>
          Download the article JSON
        </button>
        <Link to={listHref}>All stories read on this device</Link>
      </p>
    </div>
  );
}
