import './language.css';

/**
 * Shown until the locale chunk arrives. It says nothing in words: we do not have the reader's
 * words yet, and French would be wrong for most people waiting for Arabic or Tigrinya.
 */
export function LanguageLoading() {
  return (
    <div className="language-loading" aria-busy="true" data-testid="language-loading">
      <span className="language-loading__dot" aria-hidden="true" />
      <span className="language-loading__dot" aria-hidden="true" />
      <span className="language-loading__dot" aria-hidden="true" />
    </div>
  );
}
