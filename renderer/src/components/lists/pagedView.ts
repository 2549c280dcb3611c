/** What a paged list's address holds that its pager and no-match line change. */
interface PagedView<S> {
  page: number;
  sort: S;
  desc: boolean;
}

/** What a paged list's pager and no-match line ask of its view. */
export interface PagedViewActions {
  onPage: (page: number) => void;
  /** Back to the first page: a page past the end. */
  onFirstPage: () => void;
  /** The filter reset, the sort kept: nothing matches. */
  onResetFilters: () => void;
}

/** The pager's and no-match line's changes to a list's view (cases, plans), made by `changeView`. */
export function pagedViewActions<S, V extends PagedView<S>>(
  changeView: (change: (view: V) => V) => void,
  defaultView: V,
): PagedViewActions {
  return {
    onPage: (page) => changeView((v) => ({ ...v, page })),
    onFirstPage: () => changeView((v) => ({ ...v, page: 1 })),
    onResetFilters: () => changeView((v) => ({ ...defaultView, sort: v.sort, desc: v.desc })),
  };
}
