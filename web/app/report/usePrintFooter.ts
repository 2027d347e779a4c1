import { useEffect } from 'preact/hooks';

/** A CSS string, quotes and backslashes escaped. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * What each printed page says at its foot, beside its number: the page's `@page report` margin box
 * reads it from `--report-footer` on the root (CSSOM, which the CSP allows), set while the report is shown.
 */
export function usePrintFooter(footer: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--report-footer', cssString(footer));
    return () => root.removeProperty('--report-footer');
  }, [footer]);
}
