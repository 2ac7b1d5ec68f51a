import { Link } from "@/lib/i18n/navigation";

type Props = {
  action: string;
  query: string;
  label: string;
  placeholder: string;
  button: string;
  clearLabel?: string;
};

/** A plain GET form: works without JavaScript, and the results page can be bookmarked. */
export function SearchForm({ action, query, label, placeholder, button, clearLabel }: Props) {
  return (
    <form role="search" action={action} method="get" className="search-form">
      <label htmlFor="service-search" className="search-form__label">
        {label}
      </label>
      <div className="search-form__row">
        <input
          id="service-search"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={placeholder}
          maxLength={100}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit">{button}</button>
      </div>
      {query && clearLabel ? (
        <p className="search-form__clear">
          <Link href="/services">{clearLabel}</Link>
        </p>
      ) : null}
    </form>
  );
}
