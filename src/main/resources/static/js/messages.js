// The conversation's items: the user's questions and the bot's answers, with their citation chips, feedback
// buttons, working state and errors.
import {button, element, icon} from './dom.js';

// Material Design's "thumb_up" (Apache License 2.0); the down button shows it turned over.
const THUMB = 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 '
    + '7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z';
const INFO = 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 '
    + '18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z';
const MARKER = /\[(\d+)\]/g;

export function questionItem(text) {
    const item = element('li', 'message from-user');
    item.append(element('p', 'visually-hidden', 'You asked:'), element('p', 'bubble', text));
    return item;
}

/**
 * One answer, from the moment it is asked for: working, then growing with the stream, then the reply with chips,
 * or an error with a retry.
 */
export class AnswerView {
    constructor() {
        this.item = element('li', 'message from-bot');
        this.bubble = element('div', 'bubble');
        this.text = element('p', 'answer streaming');
        this.working = element('p', 'working', 'Working');
        this.item.append(element('p', 'visually-hidden', 'oner answered:'), this.bubble);
        this.bubble.append(this.text, this.working);
        this.item.setAttribute('aria-busy', 'true');
    }

    append(piece) {
        this.text.append(piece);
        this.working.textContent = 'Writing';
    }

    /**
     * @param {object} reply a ChatReply
     * @param {object} actions
     * @param {(citation: object, chip: HTMLButtonElement) => void} actions.onCite a chip was clicked
     * @param {(reply: object, rating: string) => Promise<void>} actions.onRate a thumb was clicked
     * @param {(text: string) => Promise<void>} actions.onCopy the Copy button was clicked, with the text to copy
     */
    showReply(reply, {onCite, onRate, onCopy}) {
        this.item.removeAttribute('aria-busy');
        this.item.classList.toggle('abstained', !reply.answered);
        this.item.dataset.turn = String(reply.turn);
        const parts = [];
        if (!reply.answered) {
            const label = element('p', 'abstention-label');
            label.append(icon(INFO), 'Not in the article');
            parts.push(label);
        }
        if (reply.effectiveQuestion && reply.effectiveQuestion.trim() !== reply.question.trim()) {
            const effective = element('p', 'effective', 'Answered as: ');
            effective.append(element('q', 'effective-question', reply.effectiveQuestion));
            parts.push(effective);
        }
        const text = element('p', 'answer');
        text.append(...answerWithChips(reply, onCite));
        parts.push(text);
        if (reply.citations.length > 0) {
            parts.push(sources(reply));
        }
        const actions = element('div', 'reply-actions');
        actions.append(feedback(reply, onRate), copy(reply, onCopy));
        parts.push(actions);
        this.bubble.replaceChildren(...parts);
    }

    /**
     * @param {{title: string, detail: string, retryAfter?: number}} problem
     * @param {() => void} onRetry
     */
    showError(problem, onRetry) {
        this.item.removeAttribute('aria-busy');
        this.item.classList.add('failed');
        this.bubble.setAttribute('role', 'alert');
        const retry = button('button retry', 'Retry');
        retry.addEventListener('click', onRetry);
        if (problem.retryAfter > 0) {
            // The server said when it will take questions again; retrying sooner would only be refused.
            retry.disabled = true;
            setTimeout(() => {
                retry.disabled = false;
            }, problem.retryAfter * 1000);
        }
        this.bubble.replaceChildren(
            element('p', 'error-title', problem.title),
            element('p', 'error-detail', problem.detail),
            retry);
    }
}

/** The answer's text with each [n] marker replaced by a chip for citation n; a marker without one stays text. */
function answerWithChips(reply, onCite) {
    const parts = [];
    let last = 0;
    for (const match of reply.answer.matchAll(MARKER)) {
        const citation = reply.citations.find((candidate) => candidate.n === Number(match[1]));
        if (citation) {
            parts.push(reply.answer.slice(last, match.index), chip(reply, citation, onCite));
            last = match.index + match[0].length;
        }
    }
    parts.push(reply.answer.slice(last));
    return parts;
}

function chip(reply, citation, onCite) {
    const tip = element('span', 'tip');
    tip.id = `source-${reply.turn}-${citation.n}-${reply.conversationId}`;
    tip.setAttribute('role', 'tooltip');
    tip.append(
        element('span', 'tip-text', citation.text),
        element('span', 'tip-meta', `Paragraph ${citation.paragraph}. Select to show it in the article.`));
    const source = button('chip', String(citation.n));
    source.setAttribute('aria-label', `Source ${citation.n}`);
    source.setAttribute('aria-describedby', tip.id);
    source.dataset.start = String(citation.start);
    source.dataset.end = String(citation.end);
    source.addEventListener('click', () => onCite(citation, source));
    source.addEventListener('mouseenter', () => showTip(source, tip));
    source.addEventListener('focus', () => showTip(source, tip));
    // A tip stays while either the pointer or the keyboard focus is on its chip; Escape dismisses it at once.
    source.addEventListener('mouseleave', () => {
        if (!source.matches(':focus-visible')) {
            tip.classList.remove('shown');
        }
    });
    source.addEventListener('blur', () => {
        if (!source.matches(':hover')) {
            tip.classList.remove('shown');
        }
    });
    source.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
            tip.classList.remove('shown');
        }
    });
    const wrapper = element('span', 'cite');
    wrapper.append(source, tip);
    return wrapper;
}

// The tip is fixed to the viewport and placed beside its chip, so the scrolling conversation cannot clip it and a
// narrow screen cannot push it off an edge. Its stylesheet rule hides it until it is shown.
function showTip(source, tip) {
    if (source.matches(':hover') || source.matches(':focus-visible')) {
        tip.classList.add('shown');
        const margin = 8;
        const chipBox = source.getBoundingClientRect();
        const width = tip.offsetWidth;
        const height = tip.offsetHeight;
        const left = Math.min(
            Math.max(margin, chipBox.left + chipBox.width / 2 - width / 2), window.innerWidth - width - margin);
        const below = chipBox.bottom + 6;
        const top = below + height <= window.innerHeight - margin ? below : Math.max(margin, chipBox.top - 6 - height);
        tip.style.left = `${left}px`;
        tip.style.top = `${top}px`;
    }
}

/** Hides every shown tip: when the conversation scrolls, a fixed tip would be left behind. */
export function hideTips(root) {
    for (const tip of root.querySelectorAll('.tip.shown')) {
        tip.classList.remove('shown');
    }
}

/** The cited sentences under the answer, numbered as its markers, each with its paragraph. */
function sources(reply) {
    const list = element('ol', 'sources');
    list.setAttribute('aria-label', 'Sources');
    for (const citation of reply.citations) {
        const item = element('li', 'source');
        item.value = citation.n;
        item.append(
            element('span', 'source-n', `[${citation.n}]`),
            ' ',
            element('span', 'source-text', `“${citation.text}”`),
            ' ',
            element('span', 'source-meta', `(paragraph ${citation.paragraph})`));
        list.append(item);
    }
    return list;
}

/** The answer and its sources as plain text, as a reader would paste them elsewhere. */
export function plainText(reply) {
    if (reply.citations.length === 0) {
        return reply.answer;
    }
    const lines = reply.citations.map((citation) => `[${citation.n}] “${citation.text}” (paragraph ${citation.paragraph})`);
    return `${reply.answer}\n\nSources:\n${lines.join('\n')}`;
}

function copy(reply, onCopy) {
    const group = element('span', 'copy');
    const action = button('button ghost small copy-button', 'Copy');
    action.title = 'Copy the answer and its sources as plain text';
    const status = element('span', 'copy-status');
    status.setAttribute('role', 'status');
    action.addEventListener('click', async () => {
        status.classList.remove('failed');
        try {
            await onCopy(plainText(reply));
            status.textContent = 'Copied';
        } catch (problem) {
            status.classList.add('failed');
            status.textContent = 'Could not copy: select the text instead';
        }
    });
    group.append(action, status);
    return group;
}

function feedback(reply, onRate) {
    const group = element('div', 'feedback');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Rate this answer');
    const status = element('span', 'feedback-status');
    status.setAttribute('role', 'status');
    const up = thumb('up', 'Helpful');
    const down = thumb('down', 'Not helpful');
    const rate = async (rating, chosen) => {
        up.disabled = true;
        down.disabled = true;
        status.classList.remove('failed');
        status.textContent = 'Sending…';
        try {
            await onRate(reply, rating);
            up.setAttribute('aria-pressed', String(chosen === up));
            down.setAttribute('aria-pressed', String(chosen === down));
            status.textContent = 'Thanks, your feedback was recorded.';
        } catch (problem) {
            status.classList.add('failed');
            status.textContent = `Feedback not recorded: ${problem.detail || problem.title || problem.message}`;
            const retry = button('button retry small', 'Retry');
            retry.addEventListener('click', () => rate(rating, chosen));
            status.append(' ', retry);
        } finally {
            up.disabled = false;
            down.disabled = false;
        }
    };
    up.addEventListener('click', () => rate('up', up));
    down.addEventListener('click', () => rate('down', down));
    group.append(up, down, status);
    return group;
}

function thumb(rating, label) {
    const node = button(`thumb thumb-${rating}`);
    node.title = label;
    node.dataset.rating = rating;
    node.setAttribute('aria-pressed', 'false');
    node.append(icon(THUMB), element('span', 'visually-hidden', label));
    return node;
}
