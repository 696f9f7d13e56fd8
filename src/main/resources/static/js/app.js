// The chat page: asks through the streaming endpoint, shows the conversation, keeps it across reloads, and links
// every cited sentence to its place in the article.
import {Problem, askStreaming, deleteConversation, getConversation, sendFeedback} from './api.js';
import {ArticlePanel} from './article.js';
import {showIntro} from './intro.js';
import {AnswerView, hideTips, questionItem} from './messages.js';

// Per tab and surviving reloads, like the conversation on screen; the server forgets idle conversations anyway.
const STORAGE_KEY = 'oner.conversationId';
// The server's limit (ChatRequest): over it, Send is disabled and the counter says by how much.
const MAX_MESSAGE = 2000;
const COUNTER_FROM = 1800;

const page = {
    log: document.getElementById('log'),
    logScroll: document.getElementById('log-scroll'),
    intro: document.getElementById('intro'),
    composer: document.getElementById('composer'),
    input: document.getElementById('message'),
    send: document.getElementById('send'),
    counter: document.getElementById('counter'),
    announcer: document.getElementById('announcer'),
    deleteChat: document.getElementById('delete-chat'),
};

const article = new ArticlePanel({
    panel: document.getElementById('article-panel'),
    content: document.getElementById('article'),
    toggle: document.getElementById('article-toggle'),
    close: document.getElementById('article-close'),
    narrow: window.matchMedia('(max-width: 799.98px)'),
});

let conversationId = null;
let busy = false;
let inFlight = null;

function setBusy(value) {
    busy = value;
    page.log.setAttribute('aria-busy', String(value));
    updateSend();
}

function tooLong() {
    return page.input.value.length > MAX_MESSAGE;
}

// Send waits while an answer is written, and refuses a message over the limit; the counter beside it says why.
function updateSend() {
    page.send.disabled = busy || tooLong();
}

function remember(id) {
    conversationId = id;
    sessionStorage.setItem(STORAGE_KEY, id);
    page.deleteChat.hidden = false;
}

function forget() {
    conversationId = null;
    sessionStorage.removeItem(STORAGE_KEY);
    page.deleteChat.hidden = true;
}

function announce(text) {
    // Cleared first so that the same words twice in a row are still read out.
    page.announcer.textContent = '';
    setTimeout(() => {
        page.announcer.textContent = text;
    }, 50);
}

function addItem(item, after) {
    page.intro.hidden = true;
    if (after?.isConnected) {
        after.after(item);
    } else {
        page.log.append(item);
    }
    scrollToEnd();
    return item;
}

function scrollToEnd() {
    page.logScroll.scrollTop = page.logScroll.scrollHeight;
}

function isNearEnd() {
    const {scrollTop, scrollHeight, clientHeight} = page.logScroll;
    return scrollHeight - scrollTop - clientHeight < 80;
}

const replyActions = {
    onCite(citation, chip) {
        // The reader's eyes move to the article now; a tip left open would cover it on a narrow screen.
        hideTips(page.log);
        for (const current of page.log.querySelectorAll('.chip.current')) {
            current.classList.remove('current');
        }
        if (article.highlight(citation, chip)) {
            chip.classList.add('current');
            announce(`Source ${citation.n} is highlighted in the article, paragraph ${citation.paragraph}.`);
        } else {
            announce('The article is not loaded yet, so the source cannot be shown.');
        }
    },
    onRate(reply, rating) {
        return sendFeedback(reply.conversationId, reply.turn, rating);
    },
    onCopy(text) {
        return copyText(text);
    },
};

/**
 * Puts text on the clipboard. The Clipboard API exists only in secure contexts (HTTPS, or localhost); served over
 * plain HTTP from another host, the page falls back to copying a selected, off-screen text box.
 */
async function copyText(text) {
    if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        return;
    }
    const box = document.createElement('textarea');
    box.value = text;
    box.setAttribute('readonly', '');
    box.className = 'offscreen';
    document.body.append(box);
    box.select();
    const copied = document.execCommand('copy');
    box.remove();
    if (!copied) {
        throw new Error('copy was refused');
    }
}

function spoken(reply) {
    const text = reply.answer.replace(/\s*\[\d+\]/g, '');
    return reply.answered ? `Answer: ${text}` : text;
}

/** How an error reads in the conversation: the server's own words where it gave some. */
function describe(problem) {
    if (!(problem instanceof Problem)) {
        return {title: 'Something went wrong in this page', detail: String(problem.message ?? problem)};
    }
    if (problem.status === 404) {
        return {
            title: 'This conversation has expired',
            detail: 'The server no longer remembers it. Retry asks your question again in a new conversation.',
        };
    }
    if (problem.status === 409) {
        return {title: problem.title, detail: 'This conversation is full. Retry asks your question again in a new one.'};
    }
    if (problem.status === 429) {
        const wait = problem.retryAfter > 0 ? ` You can retry in ${problem.retryAfter} seconds.` : '';
        return {
            title: problem.title,
            detail: `${problem.detail || 'Please wait a moment.'}${wait}`,
            retryAfter: problem.retryAfter,
        };
    }
    return {title: problem.title, detail: problem.detail, retryAfter: problem.retryAfter};
}

/**
 * Asks one question and shows the answer as it streams in.
 *
 * @param {string} message
 * @param {HTMLElement} [asked] the question already in the conversation, when retrying it
 */
async function ask(message, asked) {
    if (busy) {
        return;
    }
    const question = asked ?? addItem(questionItem(message));
    const view = new AnswerView();
    addItem(view.item, question);
    setBusy(true);
    const controller = new AbortController();
    inFlight = controller;
    try {
        const reply = await askStreaming({
            message,
            conversationId,
            signal: controller.signal,
            onDelta(piece) {
                const follow = isNearEnd();
                view.append(piece);
                if (follow) {
                    scrollToEnd();
                }
            },
        });
        remember(reply.conversationId);
        view.showReply(reply, replyActions);
        announce(spoken(reply));
    } catch (problem) {
        if (problem.name === 'AbortError') {
            return;
        }
        // 404: forgotten or deleted; 409: full. Either way Retry asks again in a new conversation.
        if (problem.status === 404 || problem.status === 409) {
            forget();
        }
        const shown = describe(problem);
        if (problem.status === 400 && !page.input.value) {
            // Put the message back so it can be shortened or fixed rather than typed again.
            page.input.value = message;
            updateCounter();
            shown.detail = `${shown.detail.replace(/\.?$/, '.')} Your message is back in the box below, to edit.`;
        }
        view.showError(shown, () => {
            // The Retry button goes with the error; the message box is where a keyboard user carries on.
            view.item.remove();
            page.input.focus();
            ask(message, question);
        });
    } finally {
        if (inFlight === controller) {
            inFlight = null;
            setBusy(false);
        }
    }
    scrollToEnd();
}

function showTurns(turns) {
    for (const reply of turns) {
        addItem(questionItem(reply.question));
        const view = new AnswerView();
        view.showReply(reply, replyActions);
        addItem(view.item);
    }
}

/** Shows the conversation this tab had before a reload; one the server has forgotten is dropped without fuss. */
async function restore() {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (!saved) {
        return;
    }
    setBusy(true);
    const view = new AnswerView();
    try {
        const conversation = await getConversation(saved);
        if (sessionStorage.getItem(STORAGE_KEY) !== saved) {
            return; // "New chat" was pressed while it loaded.
        }
        remember(conversation.conversationId);
        showTurns(conversation.turns);
        if (conversation.turns.length > 0) {
            const count = conversation.turns.length;
            announce(`Your conversation is back: ${count} ${count === 1 ? 'answer' : 'answers'}.`);
        }
    } catch (problem) {
        // 400: an id of a form the server no longer issues, say one saved before an upgrade.
        if (problem.status === 404 || problem.status === 400) {
            forget();
            return;
        }
        addItem(view.item);
        view.showError({title: 'Your conversation could not be loaded', detail: problem.detail}, () => {
            view.item.remove();
            page.input.focus();
            restore();
        });
    } finally {
        setBusy(false);
    }
}

function newChat() {
    inFlight?.abort();
    inFlight = null;
    setBusy(false);
    forget();
    page.log.replaceChildren();
    page.input.value = '';
    updateCounter();
    page.intro.hidden = false;
    article.clearHighlight();
    page.input.focus();
    announce('New chat started.');
}

/** Deletes the conversation on the server, then clears the page as New chat does. */
async function deleteChat() {
    const id = conversationId ?? sessionStorage.getItem(STORAGE_KEY);
    if (!id) {
        return;
    }
    page.deleteChat.disabled = true;
    try {
        await deleteConversation(id);
        newChat();
        announce('The conversation was deleted.');
    } catch (problem) {
        const view = new AnswerView();
        addItem(view.item);
        view.showError({title: 'The conversation could not be deleted', detail: describe(problem).detail}, () => {
            view.item.remove();
            deleteChat();
        });
    } finally {
        page.deleteChat.disabled = false;
    }
}

function updateCounter() {
    const length = page.input.value.length;
    page.counter.hidden = length < COUNTER_FROM;
    page.counter.classList.toggle('over', length > MAX_MESSAGE);
    page.counter.textContent = length > MAX_MESSAGE
        ? `${length} / ${MAX_MESSAGE} characters: too long to send, remove ${length - MAX_MESSAGE}`
        : `${length} / ${MAX_MESSAGE} characters`;
    updateSend();
}

function submit() {
    const message = page.input.value.trim();
    if (!message || busy) {
        return;
    }
    if (tooLong()) {
        announce(page.counter.textContent);
        return;
    }
    page.input.value = '';
    updateCounter();
    ask(message);
}

page.composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
});
page.input.addEventListener('keydown', (event) => {
    // Enter while an input method is composing a character confirms the character, not the message.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
    }
});
page.input.addEventListener('input', updateCounter);
page.logScroll.addEventListener('scroll', () => hideTips(page.log), {passive: true});
document.getElementById('new-chat').addEventListener('click', newChat);
page.deleteChat.addEventListener('click', deleteChat);
// Delegated: the examples come from the article (intro.js) and may replace the page's own after it loads.
document.getElementById('examples').addEventListener('click', (event) => {
    const example = event.target.closest('.example');
    if (!example || busy) {
        return;
    }
    page.input.value = example.textContent;
    submit();
});

article.load();
showIntro(document.getElementById('article-lead'), document.getElementById('examples'));
restore();
