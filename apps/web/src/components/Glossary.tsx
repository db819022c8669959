/**
 * The glossary on screen: `<Term>` puts a term's explanation on hover (title) and in its accessible
 * description, with a "?" button that opens the help panel at that entry; `<GlossaryPanel>` lists
 * every entry, filterable. Closing the panel puts the focus back where the user was.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { GLOSSARY_IDS, GLOSSARY_TEXTS, type GlossaryId } from '../i18n/glossary.ts';

interface GlossaryState {
  isOpen: boolean;
  focused: GlossaryId | null;
  /** Opens the panel (at an entry), remembering the element to return the focus to. */
  open(id?: GlossaryId | null, from?: HTMLElement | null): void;
  close(): void;
}

const GlossaryContext = createContext<GlossaryState>({
  isOpen: false,
  focused: null,
  open: () => {},
  close: () => {},
});

export function GlossaryProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const [focused, setFocused] = useState<GlossaryId | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((id?: GlossaryId | null, from?: HTMLElement | null) => {
    opener.current = from ?? (document.activeElement as HTMLElement | null);
    setFocused(id ?? null);
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) requestAnimationFrame(() => back.focus());
  }, []);
  const value = useMemo(() => ({ isOpen, focused, open, close }), [isOpen, focused, open, close]);
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

export function useGlossary(): GlossaryState {
  return useContext(GlossaryContext);
}

/** A domain term with its explanation: on hover, for screen readers, and a "?" into the help panel. */
export function Term({ id, children, compact }: { id: GlossaryId; children?: ReactNode; compact?: boolean }) {
  const { t, lang } = useI18n();
  const glossary = useGlossary();
  const descId = useId();
  const entry = GLOSSARY_TEXTS[lang][id];
  return (
    <span className="term" data-term={id}>
      {!compact && (
        <span className="term-text" title={entry.text} aria-describedby={descId}>
          {children ?? entry.term}
        </span>
      )}
      <button
        type="button"
        className="term-help"
        aria-label={t('glossary.explain', { term: entry.term })}
        aria-describedby={descId}
        title={entry.text}
        onClick={(e) => glossary.open(id, e.currentTarget)}
      >
        ?
      </button>
      <span id={descId} hidden>
        {entry.text}
      </span>
    </span>
  );
}

/** The help button in the top bar. */
export function GlossaryButton() {
  const { t } = useI18n();
  const glossary = useGlossary();
  return (
    <button
      type="button"
      className="link-button"
      aria-expanded={glossary.isOpen}
      aria-controls="glossary-panel"
      data-testid="glossary-button"
      onClick={(e) => (glossary.isOpen ? glossary.close() : glossary.open(null, e.currentTarget))}
    >
      {t('glossary.open')}
    </button>
  );
}

/** Every entry, filterable by a word; opened at an entry, the focus goes to it. */
export function GlossaryPanel() {
  const { t, lang } = useI18n();
  const glossary = useGlossary();
  const [filter, setFilter] = useState('');
  const panel = useRef<HTMLElement>(null);
  const texts = GLOSSARY_TEXTS[lang];
  useEffect(() => {
    if (!glossary.isOpen) return;
    setFilter('');
    requestAnimationFrame(() => {
      const target = glossary.focused
        ? document.getElementById(`glossary-${glossary.focused.replace(/\W/g, '-')}`)
        : panel.current?.querySelector<HTMLElement>('input');
      target?.focus();
      target?.scrollIntoView?.({ block: 'nearest' });
    });
  }, [glossary.isOpen, glossary.focused]);
  if (!glossary.isOpen) return null;
  const q = filter.trim().toLowerCase();
  const ids = [...GLOSSARY_IDS]
    .filter((id) => !q || `${texts[id].term} ${texts[id].text}`.toLowerCase().includes(q))
    .sort((a, b) => texts[a].term.localeCompare(texts[b].term, lang));
  return (
    <aside
      ref={panel}
      id="glossary-panel"
      className="glossary-panel"
      aria-labelledby="glossary-title"
      data-testid="glossary-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') glossary.close();
      }}
    >
      <div className="panel-head">
        <h2 id="glossary-title">{t('glossary.title')}</h2>
        <button type="button" onClick={glossary.close} data-testid="glossary-close">
          {t('app.close')}
        </button>
      </div>
      <label className="field">
        {t('glossary.filter')}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      {ids.length === 0 && <p className="muted">{t('glossary.none')}</p>}
      <dl className="glossary-list">
        {ids.map((id) => (
          <div key={id} className={glossary.focused === id ? 'glossary-current' : undefined}>
            <dt id={`glossary-${id.replace(/\W/g, '-')}`} tabIndex={-1} data-glossary={id}>
              {texts[id].term}
            </dt>
            <dd>{texts[id].text}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
