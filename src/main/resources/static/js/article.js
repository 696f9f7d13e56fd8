// The article panel: the whole article, so any answer can be checked in context, with the cited sentence
// highlighted. Citations carry offsets into the article's text; the highlight is placed by those offsets alone,
// never by searching for the sentence, so it marks exactly what the server cited.
import {getArticle} from './api.js';
import {button, element} from './dom.js';

export class ArticlePanel {
    /**
     * @param {object} parts
     * @param {HTMLElement} parts.panel the panel, a full-screen sheet on narrow screens
     * @param {HTMLElement} parts.content where the paragraphs go
     * @param {HTMLButtonElement} parts.toggle opens the sheet on narrow screens
     * @param {HTMLButtonElement} parts.close closes it again
     * @param {MediaQueryList} parts.narrow matches when the panel is a sheet rather than a column
     */
    constructor({panel, content, toggle, close, narrow}) {
        this.panel = panel;
        this.content = content;
        this.toggle = toggle;
        this.narrow = narrow;
        this.article = null;
        this.returnFocusTo = null;
        toggle.addEventListener('click', () => (this.isOpen() ? this.close() : this.open(toggle)));
        close.addEventListener('click', () => this.close());
        panel.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' && this.isOpen()) {
                this.close();
            }
        });
        narrow.addEventListener('change', () => {
            if (!narrow.matches) {
                this.close();
            }
        });
    }

    async load() {
        this.content.replaceChildren(element('p', 'article-status', 'Loading the article…'));
        try {
            this.article = await getArticle();
            this.render(null);
        } catch (problem) {
            const retry = button('button', 'Retry');
            retry.addEventListener('click', () => this.load());
            const box = element('div', 'article-error');
            box.setAttribute('role', 'alert');
            box.append(
                element('p', 'error-title', `The article could not be loaded: ${problem.title ?? problem.message}`),
                element('p', 'error-detail', problem.detail ?? ''),
                retry);
            this.content.replaceChildren(box);
        }
    }

    /**
     * Highlights a citation's range and scrolls it into view, opening the sheet on narrow screens.
     *
     * @param {{start: number, end: number}} citation
     * @param {HTMLElement} origin where focus goes back to when the sheet is closed
     * @returns {boolean} false when the article is not loaded or the offsets do not fit it
     */
    highlight(citation, origin) {
        const {start, end} = citation;
        if (!this.article || !Number.isInteger(start) || !Number.isInteger(end)
                || start < 0 || end <= start || end > this.article.text.length) {
            return false;
        }
        this.render({start, end});
        const mark = this.content.querySelector('mark');
        if (!mark) {
            return false;
        }
        if (this.narrow.matches) {
            this.open(origin);
        }
        const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        mark.scrollIntoView({block: 'center', behavior: reduceMotion ? 'auto' : 'smooth'});
        return true;
    }

    clearHighlight() {
        if (this.article) {
            this.render(null);
        }
    }

    render(range) {
        const {text, paragraphs} = this.article;
        const nodes = paragraphs.map((paragraph) => {
            const p = element('p', 'paragraph');
            p.dataset.paragraph = String(paragraph.number);
            const from = range ? Math.max(paragraph.start, range.start) : paragraph.end;
            const to = range ? Math.min(paragraph.end, range.end) : paragraph.end;
            if (from < to) {
                p.append(
                    text.slice(paragraph.start, from),
                    element('mark', 'cited', text.slice(from, to)),
                    text.slice(to, paragraph.end));
            } else {
                p.append(text.slice(paragraph.start, paragraph.end));
            }
            return p;
        });
        this.content.replaceChildren(...nodes);
    }

    isOpen() {
        return this.panel.classList.contains('open');
    }

    open(origin) {
        this.returnFocusTo = origin;
        this.panel.classList.add('open');
        this.toggle.setAttribute('aria-expanded', 'true');
        document.body.classList.add('article-open');
        this.content.focus({preventScroll: true});
    }

    close() {
        if (!this.isOpen()) {
            return;
        }
        this.panel.classList.remove('open');
        this.toggle.setAttribute('aria-expanded', 'false');
        document.body.classList.remove('article-open');
        if (this.returnFocusTo?.isConnected) {
            this.returnFocusTo.focus();
        }
        this.returnFocusTo = null;
    }
}
