import type { TFunction } from 'i18next';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How many a list finds and which are shown; a status, so it is announced as the list changes. */
export function CountLine({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" className="count-line" data-testid={testId}>
      {children}
    </p>
  );
}

/** A page of a list core filters and pages: the rows shown, how many match, how many there are. */
export interface PagedList {
  all: number;
  total: number;
  rows: readonly unknown[];
}

/** The numbers of a paged count text, formatted for the language; `count` picks the plural form. */
export type PageNumbers = {
  count: number;
  first: string;
  last: string;
  total: string;
  all: string;
};

/** A paged list's texts, kept beside the list's screen so their keys stay literal. */
export interface PagedCountTexts {
  /** Nothing matches: "Ingen saker passer (registeret har 20 000)." */
  none: (t: TFunction, all: string) => string;
  /** "Viser 1–100 av 2 345 saker (registeret har 20 000)." */
  some: (t: TFunction, numbers: PageNumbers) => string;
}

/**
 * The count line of a paged list (cases, plans). An empty register and a page past the end leave
 * it blank: the text below the line explains those. Memoised, as the page around it redraws on
 * every keystroke.
 */
export const PagedCountLine = memo(function PagedCountLine({
  list,
  page,
  pageSize,
  format,
  texts,
}: {
  list: PagedList;
  page: number;
  pageSize: number;
  format: (n: number) => string;
  texts: PagedCountTexts;
}) {
  const { t } = useTranslation();
  const first = (page - 1) * pageSize + 1;
  const text =
    list.all === 0 || (list.total > 0 && list.rows.length === 0)
      ? ''
      : list.total === 0
        ? texts.none(t, format(list.all))
        : texts.some(t, {
            count: list.total,
            first: format(first),
            last: format(first + list.rows.length - 1),
            total: format(list.total),
            all: format(list.all),
          });
  return <CountLine>{text}</CountLine>;
});
