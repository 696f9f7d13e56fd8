// Builds elements from plain data. Text always goes in as text nodes, never as markup: questions and answers are
// user and article text, and must not be able to inject elements.

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
export function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
        node.className = className;
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

export function button(className, text) {
    const node = element('button', className, text);
    node.type = 'button';
    return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A 24 x 24 icon from one SVG path, hidden from assistive technology: its button carries the words. */
export function icon(path, className) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', className ? `icon ${className}` : 'icon');
    const shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('d', path);
    svg.append(shape);
    return svg;
}
