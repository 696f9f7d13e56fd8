// The intro above an empty conversation: what the configured article is about (its headline, else its lead) and
// example questions, both derived from the article by the server, so the page names no particular article.
import {getArticle} from './api.js';
import {button, element} from './dom.js';

/**
 * @param {HTMLElement} lead where the article's headline, or its lead sentence when it has none, goes
 * @param {HTMLElement} examples the list of example question buttons
 */
export async function showIntro(lead, examples) {
    let article;
    try {
        article = await getArticle();
    } catch {
        return; // the page's neutral text stays; the article panel reports the failure
    }
    // A headline has no closing full stop (that is how it was told from the text); the lead sentence has its own.
    const about = article.headline ? `${article.headline}.` : article.lead;
    if (about) {
        lead.textContent = about;
    }
    if (article.examples?.length) {
        examples.replaceChildren(...article.examples.map((question) => {
            const item = element('li');
            item.append(button('button example', question));
            return item;
        }));
    }
}
