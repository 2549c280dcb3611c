import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../shared/i18n/en.json';
import errorsEn from '../../../shared/i18n/errors.en.json';
import errorsNb from '../../../shared/i18n/errors.nb.json';
import errorsNn from '../../../shared/i18n/errors.nn.json';
import nb from '../../../shared/i18n/nb.json';
import nn from '../../../shared/i18n/nn.json';

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
      nb: { translation: { ...nb, errors: errorsNb } },
      nn: { translation: { ...nn, errors: errorsNn } },
      en: { translation: { ...en, errors: errorsEn } },
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
