import { useT } from '../state/useT';

/**
 * The first stop for Tab: straight to the explanation, past the header, the 3D view and its markers.
 * A button rather than a `#details` link, because the address's hash names the condition shown.
 */
export function SkipToDetails() {
  const t = useT();
  return (
    <button type="button" className="skip-link" onClick={() => document.getElementById('details')?.focus()}>
      {t('skipToContent')}
    </button>
  );
}
