import { useText } from '../../shared/i18n/lang.ts';
import { SORTS, type Sort } from './survey-list-view.ts';
import { dashboardText } from './text.ts';

type Props = {
  search: string;
  sort: Sort;
  onSearch: (search: string) => void;
  onSort: (sort: Sort) => void;
  /** Surveys shown for the search, and in all. */
  shown: number;
  total: number;
};

/**
 * A search landmark over the list: a labelled search field (titles in both languages and addresses,
 * accents and case aside) and the order. How many surveys match is said politely as the person types.
 */
export function ListControls({ search, sort, onSearch, onSort, shown, total }: Props) {
  const text = useText(dashboardText);
  const searching = search.trim() !== '';
  return (
    <>
      <form role="search" aria-label={text.listTools} class="list-controls" onSubmit={(event) => event.preventDefault()}>
        <div class="field list-search">
          <label for="survey-search" class="field-label">
            {text.search}
          </label>
          <input
            id="survey-search"
            type="search"
            class="input"
            value={search}
            autoComplete="off"
            spellcheck={false}
            onInput={(event) => onSearch(event.currentTarget.value)}
          />
        </div>
        <div class="field list-sort">
          <label for="survey-sort" class="field-label">
            {text.sortBy}
          </label>
          <select id="survey-sort" class="input select" value={sort} onChange={(event) => onSort(event.currentTarget.value as Sort)}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {text.sorts[value]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div class="list-found">
        <p role="status" data-testid="search-count">
          {searching ? text.found(shown, total, search.trim()) : ''}
        </p>
        {searching && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              onSearch('');
              // The button goes away with the search: focus stays in the search.
              document.getElementById('survey-search')?.focus();
            }}
          >
            {text.clearSearch}
          </button>
        )}
      </div>
    </>
  );
}
