// The server's API as the page uses it. Every failure becomes a Problem, so the page has one way to show errors.

/** A failed request, shaped like the server's RFC 9457 problem details. */
export class Problem extends Error {
    /**
     * @param {object} fields
     * @param {number} fields.status HTTP status, or 0 when the server could not be reached
     * @param {string} fields.title short summary
     * @param {string} fields.detail what happened and what to do, as the server or the page words it
     * @param {number} [fields.retryAfter] seconds the server asked to wait (HTTP 429)
     */
    constructor({status, title, detail, retryAfter}) {
        super(detail || title);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    static unreachable() {
        return new Problem({
            status: 0,
            title: "Can't reach the server",
            detail: 'Check your connection, or that oner is running, then retry.',
        });
    }

    /** For a problem detail that arrived inside a stream's error event. */
    static fromBody(body, status) {
        return new Problem({
            status: body.status || status,
            title: body.title || 'Something went wrong',
            detail: body.detail || '',
        });
    }

    static async fromResponse(response) {
        let body = {};
        try {
            body = await response.json();
        } catch {
            // Not every failure has a problem body (a proxy's error page, a dropped connection); the status still
            // says enough.
        }
        const problem = Problem.fromBody(body, response.status);
        if (!body.title) {
            problem.title = response.status === 429 ? 'Too many questions' : `The server answered ${response.status}`;
        }
        const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
        if (Number.isFinite(retryAfter)) {
            problem.retryAfter = retryAfter;
        }
        return problem;
    }
}

const JSON_HEADERS = {'Content-Type': 'application/json', Accept: 'application/json'};

async function request(url, init) {
    let response;
    try {
        response = await fetch(url, init);
    } catch (e) {
        if (e.name === 'AbortError') {
            throw e;
        }
        throw Problem.unreachable();
    }
    if (!response.ok) {
        throw await Problem.fromResponse(response);
    }
    return response;
}

export async function getArticle() {
    return (await request('/api/article', {headers: {Accept: 'application/json'}})).json();
}

export async function getConversation(conversationId) {
    const url = `/api/conversations/${encodeURIComponent(conversationId)}`;
    return (await request(url, {headers: {Accept: 'application/json'}})).json();
}

/** Deletes the conversation and its feedback on the server; one already gone counts as deleted. */
export async function deleteConversation(conversationId) {
    try {
        await request(`/api/conversations/${encodeURIComponent(conversationId)}`, {method: 'DELETE'});
    } catch (problem) {
        if (problem.status !== 404) {
            throw problem;
        }
    }
}

export async function sendFeedback(conversationId, turn, rating) {
    await request('/api/feedback', {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({conversationId, turn, rating}),
    });
}

/**
 * Asks a question through POST /api/chat/stream, calling onDelta with each piece of the answer as it arrives.
 * EventSource cannot POST, so the Server-Sent Events are read from fetch()'s body.
 *
 * @returns {Promise<object>} the complete ChatReply from the 'reply' event
 * @throws {Problem} when the request is refused, the stream reports an error, or the stream ends without a reply
 */
export async function askStreaming({message, conversationId, onDelta, signal}) {
    const response = await request('/api/chat/stream', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'text/event-stream'},
        body: JSON.stringify(conversationId ? {message, conversationId} : {message}),
        signal,
    });
    let reply = null;
    let failure = null;
    try {
        await readEvents(response.body, (name, data) => {
            if (name === 'delta') {
                onDelta(JSON.parse(data).text);
            } else if (name === 'reply') {
                reply = JSON.parse(data);
            } else if (name === 'error') {
                failure = Problem.fromBody(JSON.parse(data), 500);
            }
        });
    } catch (e) {
        if (e.name === 'AbortError') {
            throw e;
        }
        throw Problem.unreachable();
    }
    if (failure) {
        throw failure;
    }
    if (!reply) {
        throw new Problem({
            status: 0,
            title: 'The answer was cut off',
            detail: 'The connection closed before the answer was complete. Retry to ask again.',
        });
    }
    return reply;
}

/**
 * Parses a text/event-stream body (https://html.spec.whatwg.org/multipage/server-sent-events.html), calling
 * onEvent(name, data) for each event. Only the fields this API uses, event and data, are read.
 */
export async function readEvents(body, onEvent) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let name = '';
    let data = [];
    for (;;) {
        const {value, done} = await reader.read();
        if (done) {
            break;
        }
        buffer += value;
        // A CR at the very end may be the first half of a CRLF split across chunks: wait for the next chunk.
        const complete = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
        const lines = buffer.slice(0, complete).split(/\r\n|\r|\n/);
        buffer = lines.pop() + buffer.slice(complete);
        for (const line of lines) {
            dispatchLine(line);
        }
    }
    if (buffer) {
        dispatchLine(buffer);
    }
    dispatchLine('');

    function dispatchLine(line) {
        if (line === '') {
            if (data.length > 0) {
                onEvent(name || 'message', data.join('\n'));
            }
            name = '';
            data = [];
            return;
        }
        if (line.startsWith(':')) {
            return;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) {
            value = value.slice(1);
        }
        if (field === 'event') {
            name = value;
        } else if (field === 'data') {
            data.push(value);
        }
    }
}
