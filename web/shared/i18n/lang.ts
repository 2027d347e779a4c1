import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../schema/lang.ts';
import { readStored, writeStored } from '../storage.ts';

export type { Lang };

const STORAGE_KEY = 'pouls:lang';

/** French unless the person chose English on this device before. */
function initialLang(): Lang {
  return readStored(STORAGE_KEY) === 'en' ? 'en' : 'fr';
}

/** The page language: kept on the device and mirrored on <html lang> for screen readers and hyphenation. */
export function useLangState(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    writeStored(STORAGE_KEY, lang);
  }, [lang]);
  return [lang, setLang];
}

export const LangContext = createContext<Lang>('fr');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Strings for both languages, each side with the same keys. */
export type Dict<T> = { fr: T; en: T };

/** The current language's side of a dictionary. */
export function useText<T>(dict: Dict<T>): T {
  return dict[useLang()];
}

/** The Intl locale used for numbers and dates. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}
