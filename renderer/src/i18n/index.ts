import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { errorTexts, uiTexts } from '@shared/i18n/resources';

export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];

const LANGUAGE_KEY = 'samordna.language';

export function storedLanguage(storage: Storage): Language {
  const value = storage.getItem(LANGUAGE_KEY);
  return (languages as readonly string[]).includes(value ?? '') ? (value as Language) : 'nb';
}

export async function initI18n(language: Language = 'nb') {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nb',
    resources: {
      nb: { translation: { ...uiTexts.nb, errors: errorTexts.nb } },
      nn: { translation: { ...uiTexts.nn, errors: errorTexts.nn } },
      en: { translation: { ...uiTexts.en, errors: errorTexts.en } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language, storage: Storage) {
  storage.setItem(LANGUAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
