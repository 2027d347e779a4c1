import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../shared/i18n/lang.ts';

/** Changes the app's language; provided once by the app root beside web/shared's LangContext. */
export const SetLangContext = createContext<(lang: Lang) => void>(() => {});

export function useSetLang(): (lang: Lang) => void {
  return useContext(SetLangContext);
}
